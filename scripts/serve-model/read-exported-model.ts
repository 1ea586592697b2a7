/**
 * Reads a model exported from the browser (node): the name.zip that
 * `models.save(model, 'downloads://name')` offers, the folder it unzips to, or that folder's
 * model.json. Weight files are read from beside model.json, as the weightsManifest names them.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { unzipModelFiles } from '../../src/runtime/models/model-archive.ts';
import { MODEL_JSON_FILE } from '../../src/runtime/models/model-files.ts';
import { serverMessages } from './server-messages.ts';

/** A model read from disk and the name it is served under. */
export interface ExportedModel {
  model: tfjs.LayersModel;
  /** The folder's (or zip's) name, e.g. 'digits': the <name> in /v1/models/<name>:predict. */
  name: string;
}

/** Thrown when the path holds no model this server can read; the message says what to pass. */
export class ExportedModelError extends Error {
  override readonly name = 'ExportedModelError';
}

type ReadEntry = (path: string) => Promise<Uint8Array>;

/** Reads the model at `path` (a .zip, a folder with model.json, or a model.json) with `tf`. */
export async function readExportedModel(tf: typeof tfjs, path: string): Promise<ExportedModel> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new ExportedModelError(serverMessages.modelPathMissing(path));
  if (info.isFile() && path.endsWith('.zip')) {
    let unzipped: ReturnType<typeof unzipModelFiles>;
    try {
      unzipped = unzipModelFiles(new Uint8Array(await readFile(path)));
    } catch (error) {
      throw new ExportedModelError(serverMessages.modelUnreadable(path, error instanceof Error ? error.message : String(error)));
    }
    const { modelJsonPath, entries } = unzipped;
    const folder = posix.dirname(modelJsonPath);
    const read: ReadEntry = async (entry) => {
      const bytes = entries.get(entry);
      if (!bytes) throw new Error(`the zip has no ${entry}`);
      return bytes;
    };
    const name = folder === '.' ? basename(path, '.zip') : posix.basename(folder);
    return { model: await loadFrom(tf, path, modelJsonPath, read, (p) => posix.normalize(posix.join(folder, p))), name };
  }
  const jsonPath = info.isDirectory() ? join(path, MODEL_JSON_FILE) : path;
  const read: ReadEntry = async (file) => new Uint8Array(await readFile(file));
  const name = basename(info.isDirectory() ? path : dirname(jsonPath)) || 'model';
  return { model: await loadFrom(tf, path, jsonPath, read, (p) => join(dirname(jsonPath), p)), name };
}

async function loadFrom(
  tf: typeof tfjs,
  shownPath: string,
  jsonPath: string,
  read: ReadEntry,
  beside: (relative: string) => string,
): Promise<tfjs.LayersModel> {
  try {
    const json = JSON.parse(new TextDecoder().decode(await read(jsonPath))) as tfjs.io.ModelJSON;
    if (typeof json !== 'object' || json === null || !json.modelTopology || !Array.isArray(json.weightsManifest)) {
      throw new Error(`${MODEL_JSON_FILE} has no modelTopology or weightsManifest`);
    }
    const artifacts = await tf.io.getModelArtifactsForJSON(json, async (manifest) => {
      const buffers: ArrayBuffer[] = [];
      for (const group of manifest) for (const file of group.paths) buffers.push((await read(beside(file))).slice().buffer);
      return [tf.io.getWeightSpecs(manifest), tf.io.CompositeArrayBuffer.join(buffers)];
    });
    return await tf.loadLayersModel(tf.io.fromMemory(artifacts));
  } catch (error) {
    throw new ExportedModelError(serverMessages.modelUnreadable(shownPath, error instanceof Error ? error.message : String(error)));
  }
}
