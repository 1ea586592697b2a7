/**
 * `models` in a code cell: `models.load(name)` gives a shipped, pretrained tf.LayersModel, read
 * from the site's own files (never from a model hub).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { ModelError } from '../tools/errors.ts';
import { fetchBytesOverHttp, reasonOf, siteUrl, type SiteFiles } from '../tools/fetch-bytes.ts';
import { modelMessages } from '../tools/messages.ts';
import type { Tf } from '../tools/tf-type.ts';
import { MODEL_NAMES, modelJsonPath, type ModelName } from './registry.ts';

/** The `models` object of the learner API. */
export interface ModelsApi {
  /** Loads a fresh copy of a pretrained model by name; the caller owns it (`model.dispose()` frees it). */
  load(name: ModelName): Promise<tfjs.LayersModel>;
  /** The names `load` accepts. */
  readonly names: readonly ModelName[];
}

const isModelName = (name: unknown): name is ModelName =>
  typeof name === 'string' && (MODEL_NAMES as readonly string[]).includes(name);

/** Creates the `models` API over a tfjs instance and the site's files. */
export function createModelsApi(tf: Tf, files: SiteFiles): ModelsApi {
  const fetchBytes = files.fetchBytes ?? fetchBytesOverHttp;

  return {
    names: MODEL_NAMES,
    async load(name) {
      if (typeof name !== 'string') throw new ModelError(modelMessages.notAName(name, MODEL_NAMES));
      if (!isModelName(name)) throw new ModelError(modelMessages.unknownModel(name, MODEL_NAMES));
      const jsonUrl = siteUrl(files.baseUrl, modelJsonPath(name));
      const read = async (url: string): Promise<Uint8Array> => {
        try {
          return await fetchBytes(url);
        } catch (error) {
          throw new ModelError(modelMessages.fetchFailed(name, url, reasonOf(error)));
        }
      };

      let modelJson: tfjs.io.ModelJSON;
      try {
        modelJson = JSON.parse(new TextDecoder().decode(await read(jsonUrl))) as tfjs.io.ModelJSON;
      } catch (error) {
        if (error instanceof ModelError) throw error;
        throw new ModelError(modelMessages.corrupt(name, jsonUrl, reasonOf(error)));
      }
      if (typeof modelJson !== 'object' || modelJson === null || !Array.isArray(modelJson.weightsManifest)) {
        throw new ModelError(modelMessages.corrupt(name, jsonUrl, 'it has no weightsManifest'));
      }

      const artifacts = await tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const buffers: ArrayBuffer[] = [];
        for (const group of manifest) {
          for (const path of group.paths) {
            const bytes = await read(new URL(path, jsonUrl).href);
            buffers.push(bytes.slice().buffer);
          }
        }
        return [tf.io.getWeightSpecs(manifest), tf.io.CompositeArrayBuffer.join(buffers)];
      });
      try {
        return await tf.loadLayersModel({ load: async () => artifacts });
      } catch (error) {
        throw new ModelError(modelMessages.corrupt(name, jsonUrl, reasonOf(error)));
      }
    },
  };
}
