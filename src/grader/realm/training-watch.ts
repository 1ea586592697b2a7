/**
 * Watching how the learner's code trains, for `learner.watchTraining` (docs/grading-api.md):
 * while a call runs, every optimizer update (`applyGradients`, which `minimize` and `model.fit`
 * both end in) is recorded with the variables it updated, each as it was just before the update.
 * A test can then check what a result alone cannot show: that pruned weights stayed 0 at every
 * step, that frozen layers took no step, how many steps a budget allowed.
 *
 * It runs in the learner's realm, which the learner's code shares: a teaching aid, not a
 * security boundary (the same as the leaked-tensor count).
 */
import type { Tf } from '../../runtime/tools/tf-type';

/** One variable an optimizer update changed, as it was just before that update. */
export interface WatchedVariable {
  /** The variable's name in tfjs (a layer's kernel is e.g. `dense_Dense1/kernel`). */
  name: string;
  shape: number[];
  /** How many of its values were exactly 0 before the update. */
  zeros: number;
}

/** One optimizer update: the variables it changed. */
export type TrainingStep = WatchedVariable[];

/** Steps past this many are counted but not recorded (a watched call's memory stays bounded). */
export const MAX_RECORDED_STEPS = 5_000;

/** What a watched call reports: the first steps in order, and how many there were in all. */
export interface TrainingRecord {
  steps: TrainingStep[];
  total: number;
}

type ApplyGradients = (this: unknown, gradients: unknown) => unknown;
interface OptimizerPrototype {
  applyGradients: ApplyGradients;
}

/** Every optimizer class tfjs exports whose prototype defines its own `applyGradients`. */
function optimizerPrototypes(tf: Tf): OptimizerPrototype[] {
  const base = tf.Optimizer as unknown as { prototype: object };
  return Object.values(tf as unknown as Record<string, unknown>)
    .filter((value): value is { prototype: OptimizerPrototype } => {
      if (typeof value !== 'function') return false;
      const prototype = (value as { prototype?: unknown }).prototype;
      return (
        typeof prototype === 'object' &&
        prototype !== null &&
        (prototype === base.prototype || prototype instanceof (tf.Optimizer as unknown as new () => object)) &&
        Object.prototype.hasOwnProperty.call(prototype, 'applyGradients')
      );
    })
    .map((optimizer) => optimizer.prototype);
}

/** The variable names an `applyGradients` argument names: a map by name, or `{name, tensor}` pairs. */
function namesIn(gradients: unknown): string[] {
  if (Array.isArray(gradients)) return gradients.map((pair) => String((pair as { name: unknown }).name));
  return typeof gradients === 'object' && gradients !== null ? Object.keys(gradients) : [];
}

const zerosIn = (values: ArrayLike<number>) => {
  let zeros = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0) zeros++;
  return zeros;
};

/**
 * Records every optimizer update from now until `stop()` is called; `stop` puts the optimizers
 * back as they were and returns what was recorded.
 */
export function watchTraining(tf: Tf): { stop(): TrainingRecord } {
  const record: TrainingRecord = { steps: [], total: 0 };
  const registered = () =>
    tf.engine().registeredVariables as Record<string, { shape: number[]; dataSync(): ArrayLike<number> } | undefined>;
  const patched = optimizerPrototypes(tf).map((prototype) => {
    const original = prototype.applyGradients;
    prototype.applyGradients = function (this: unknown, gradients: unknown) {
      record.total++;
      if (record.steps.length < MAX_RECORDED_STEPS) {
        const variables = registered();
        record.steps.push(
          namesIn(gradients).flatMap((name) => {
            const variable = variables[name];
            return variable ? [{ name, shape: [...variable.shape], zeros: zerosIn(variable.dataSync()) }] : [];
          }),
        );
      }
      return original.call(this, gradients);
    };
    return { prototype, original };
  });
  return {
    stop() {
      for (const { prototype, original } of patched) prototype.applyGradients = original;
      return record;
    },
  };
}
