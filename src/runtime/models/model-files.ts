/**
 * A learner's model as files: its tfjs ModelArtifacts (captured with `model.save` into memory),
 * the two files an export holds (model.json and weights.bin, the layout tfjs's own
 * `tf.loadLayersModel` and `npm run serve:model` read), and their byte count. Runs in any thread.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { Tf } from '../tools/tf-type.ts';

/** The weights file's name inside an export; model.json's weightsManifest points at it. */
export const WEIGHTS_FILE = 'weights.bin';
/** The model file's name inside an export. */
export const MODEL_JSON_FILE = 'model.json';

/** The two files of an exported model. */
export interface ModelFiles {
  /** model.json, UTF-8: topology, training config and the weights manifest. */
  modelJson: Uint8Array;
  /** weights.bin: every weight, little-endian, in manifest order. */
  weights: Uint8Array;
}

/** True for a tfjs LayersModel (anything with the `save` and `predict` a model has). */
export function isLayersModel(value: unknown): value is tfjs.LayersModel {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { save?: unknown }).save === 'function' &&
    typeof (value as { predict?: unknown }).predict === 'function'
  );
}

/** The model's artifacts as `model.save` produces them, with its weights joined into one buffer. */
export async function captureArtifacts(tf: Tf, model: tfjs.LayersModel): Promise<tfjs.io.ModelArtifacts> {
  let captured: tfjs.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = { ...artifacts, ...(artifacts.weightData ? { weightData: tf.io.CompositeArrayBuffer.join(artifacts.weightData) } : {}) };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured) throw new Error('model.save produced no artifacts');
  return captured;
}

/** A copy that shares no buffer with `artifacts` (what a store keeps and hands out). */
export function copyArtifacts(tf: Tf, artifacts: tfjs.io.ModelArtifacts): tfjs.io.ModelArtifacts {
  const { weightData, ...rest } = artifacts;
  const copy: tfjs.io.ModelArtifacts = structuredClone(rest);
  if (weightData) copy.weightData = tf.io.CompositeArrayBuffer.join(weightData).slice(0);
  return copy;
}

/** The model.json object of an export, its manifest pointing at {@link WEIGHTS_FILE}. */
export function modelJsonOf(artifacts: tfjs.io.ModelArtifacts): tfjs.io.ModelJSON {
  const json: tfjs.io.ModelJSON = {
    modelTopology: artifacts.modelTopology as tfjs.io.ModelJSON['modelTopology'],
    weightsManifest: [{ paths: [`./${WEIGHTS_FILE}`], weights: artifacts.weightSpecs ?? [] }],
  };
  if (artifacts.format !== undefined) json.format = artifacts.format;
  if (artifacts.generatedBy !== undefined) json.generatedBy = artifacts.generatedBy;
  if (artifacts.convertedBy !== undefined) json.convertedBy = artifacts.convertedBy;
  if (artifacts.trainingConfig !== undefined) json.trainingConfig = artifacts.trainingConfig;
  if (artifacts.userDefinedMetadata !== undefined) json.userDefinedMetadata = artifacts.userDefinedMetadata;
  return json;
}

/** The files of an export of `artifacts`. */
export function modelFilesOf(tf: Tf, artifacts: tfjs.io.ModelArtifacts): ModelFiles {
  const weights = artifacts.weightData ? new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData)) : new Uint8Array(0);
  return { modelJson: new TextEncoder().encode(JSON.stringify(modelJsonOf(artifacts))), weights };
}

/** Bytes of an export: model.json plus weights.bin. */
export function sizeOfFiles(files: ModelFiles): number {
  return files.modelJson.byteLength + files.weights.byteLength;
}
