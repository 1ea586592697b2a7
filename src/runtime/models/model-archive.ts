/**
 * The one file `models.save(model, 'downloads://name')` offers: name.zip holding the folder
 * name/ with model.json and weights.bin (so unzipping gives the folder `tf.loadLayersModel` and
 * `npm run serve:model` read). `npm run serve:model` also reads the zip itself.
 */
import { unzipSync, zipSync } from 'fflate';
import { MODEL_JSON_FILE, WEIGHTS_FILE, type ModelFiles } from './model-files.ts';

/** The archive's file name for a model saved as `name`. */
export const archiveFileName = (name: string) => `${name}.zip`;

/** Zips a model's files under the folder `name/`. */
export function zipModelFiles(name: string, files: ModelFiles): Uint8Array {
  // Weights barely compress; model.json does. Level 6 is zlib's default balance.
  return zipSync({ [name]: { [MODEL_JSON_FILE]: files.modelJson, [WEIGHTS_FILE]: files.weights } }, { level: 6 });
}

/**
 * The model files in a zip made by {@link zipModelFiles} (or any zip with one model.json and its
 * weights beside it). Throws an Error saying what is missing.
 */
export function unzipModelFiles(zip: Uint8Array): { modelJsonPath: string; entries: Map<string, Uint8Array> } {
  const entries = new Map(Object.entries(unzipSync(zip)).filter(([path]) => !path.endsWith('/')));
  const jsons = [...entries.keys()].filter((path) => path === MODEL_JSON_FILE || path.endsWith(`/${MODEL_JSON_FILE}`));
  if (jsons.length !== 1) {
    throw new Error(`the zip holds ${jsons.length === 0 ? 'no' : jsons.length} ${MODEL_JSON_FILE} files; it needs exactly one`);
  }
  return { modelJsonPath: jsons[0] ?? MODEL_JSON_FILE, entries };
}
