/**
 * `models` in a code cell: `models.load(name)` gives a shipped, pretrained tf.LayersModel, read
 * from the site's own files (never from a model hub).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { ModelError } from '../tools/errors.ts';
import { fetchBytesOverHttp, reasonOf, siteUrl, type SiteFiles } from '../tools/fetch-bytes.ts';
import { modelMessages } from '../tools/messages.ts';
import type { Tf } from '../tools/tf-type.ts';
import { readModelArtifacts } from './model-artifacts.ts';
import { MODEL_NAMES, modelJsonPath, type ModelName } from './registry.ts';

/** The `models` object of the learner API. */
export interface ModelsApi {
  /** Loads a fresh copy of a pretrained model by name; the caller owns it (`model.dispose()` frees it). */
  load(name: ModelName): Promise<tfjs.LayersModel>;
  /** The names `load` accepts. */
  readonly names: readonly ModelName[];
}

const isModelName = (name: unknown): name is ModelName => typeof name === 'string' && (MODEL_NAMES as readonly string[]).includes(name);

/** Creates the `models` API over a tfjs instance and the site's files. */
export function createModelsApi(tf: Tf, files: SiteFiles): ModelsApi {
  const fetchBytes = files.fetchBytes ?? fetchBytesOverHttp;

  return {
    names: MODEL_NAMES,
    async load(name) {
      if (typeof name !== 'string') throw new ModelError(modelMessages.notAName(name, MODEL_NAMES));
      if (!isModelName(name)) throw new ModelError(modelMessages.unknownModel(name, MODEL_NAMES));
      const jsonUrl = siteUrl(files.baseUrl, modelJsonPath(name));
      const artifacts = await readModelArtifacts(tf, name, jsonUrl, fetchBytes);
      try {
        // Each load makes new variables from the cached bytes: a fresh, independent model.
        return await tf.loadLayersModel({ load: async () => artifacts });
      } catch (error) {
        throw new ModelError(modelMessages.corrupt(name, jsonUrl, reasonOf(error)));
      }
    },
  };
}
