/**
 * The pretrained models the site ships under public/models/<name>/ (model.json, weights, manifest.json),
 * each built by scripts/build-models.ts.
 */

/** Names accepted by `models.load`. */
export const MODEL_NAMES = ['digits-base'] as const;

/** A model name accepted by `models.load`. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** Path of a model's model.json under the site root. */
export function modelJsonPath(name: ModelName): string {
  return `models/${name}/model.json`;
}
