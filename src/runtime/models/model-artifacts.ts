/**
 * Reads a shipped model's files (model.json and its weight files) into tfjs ModelArtifacts, once
 * per worker: later loads build fresh models from the cached bytes without fetching again.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { ModelError } from '../tools/errors.ts';
import { reasonOf, type FetchBytes } from '../tools/fetch-bytes.ts';
import { modelMessages } from '../tools/messages.ts';
import type { Tf } from '../tools/tf-type.ts';

/** Artifacts by model.json URL; a failed read is forgotten so the next load retries. */
const cache = new Map<string, Promise<tfjs.io.ModelArtifacts>>();

/** The artifacts of model `name` whose model.json is at `jsonUrl` (cached). */
export function readModelArtifacts(tf: Tf, name: string, jsonUrl: string, fetchBytes: FetchBytes): Promise<tfjs.io.ModelArtifacts> {
  let pending = cache.get(jsonUrl);
  if (!pending) {
    pending = fetchArtifacts(tf, name, jsonUrl, fetchBytes);
    cache.set(jsonUrl, pending);
    pending.catch(() => cache.delete(jsonUrl));
  }
  return pending;
}

/** Forgets cached model files (for tests). */
export function clearModelCache(): void {
  cache.clear();
}

async function fetchArtifacts(tf: Tf, name: string, jsonUrl: string, fetchBytes: FetchBytes): Promise<tfjs.io.ModelArtifacts> {
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

  return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const buffers: ArrayBuffer[] = [];
    for (const group of manifest) {
      for (const path of group.paths) {
        buffers.push((await read(new URL(path, jsonUrl).href)).slice().buffer);
      }
    }
    return [tf.io.getWeightSpecs(manifest), tf.io.CompositeArrayBuffer.join(buffers)];
  });
}
