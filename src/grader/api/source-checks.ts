/**
 * `source`, the source checks of the grading API: what a prompt forbids (an op, autodiff, an
 * optimizer, a per-element loop) fails a test with a message saying what was used, on which line,
 * and what to do instead. They read the learner's code as text (parsed with the runner's own
 * parser), in the grading worker; the learner's realm is not involved.
 */
import type { Program } from 'acorn';
import { LearnerSyntaxError, parseLearnerCode } from '../../runtime/learner-code/transform';
import { GradeFailure } from './grade-failure';
import { gradeLabels, gradeMessages, sourceMessages } from '../messages';
import { sourceUses, type SourceUses } from './source-uses';

/** The names `forbidsAutodiff` forbids. */
export const AUTODIFF_NAMES = ['tf.grad', 'tf.grads', 'tf.valueAndGrad', 'tf.valueAndGrads', 'tf.variableGrads', 'tf.customGrad'] as const;

/** The names `forbidsOptimizers` forbids: tf's optimizers, and training a model or minimizing through one. */
export const OPTIMIZER_NAMES = [
  'tf.train',
  'tf.Optimizer',
  'tf.SGDOptimizer',
  'tf.MomentumOptimizer',
  'tf.AdamOptimizer',
  'tf.AdamaxOptimizer',
  'tf.AdagradOptimizer',
  'tf.AdadeltaOptimizer',
  'tf.RMSPropOptimizer',
  '.minimize',
  '.applyGradients',
  '.fit',
  '.fitDataset',
  '.trainOnBatch',
] as const;

const MAX_LINE_TEXT = 70;

/** Creates `source` over the learner's `code`; `isTensorMethod` says whether tensors have a method (`x.softmax()`). */
export function createSourceChecks(code: string, isTensorMethod: (name: string) => boolean) {
  const lines = code.split(/\r\n|\r|\n/);
  let parsed: SourceUses | undefined;
  const uses = (): SourceUses => {
    if (parsed) return parsed;
    let program: Program;
    try {
      program = parseLearnerCode(code);
    } catch (error) {
      if (error instanceof LearnerSyntaxError) throw new GradeFailure(gradeMessages.threw(gradeLabels.yourCode, error));
      throw error;
    }
    return (parsed = sourceUses(program, isTensorMethod));
  };
  const lineText = (line: number) => {
    const text = (lines[line - 1] ?? '').trim();
    return text.length > MAX_LINE_TEXT ? `${text.slice(0, MAX_LINE_TEXT - 1)}…` : text;
  };

  const forbids = (names: readonly string[], why: string): void => {
    if (!Array.isArray(names) || names.some((name) => typeof name !== 'string') || typeof why !== 'string')
      throw new TypeError(gradeLabels.forbidsArguments());
    const found = uses().usesOf(names);
    const first = found[0];
    if (!first) return;
    const lines = [...new Set(found.filter((use) => use.name === first.name).map((use) => use.line))];
    const others = new Map<string, number>();
    for (const use of found) if (use.name !== first.name && !others.has(use.name)) others.set(use.name, use.line);
    const named = (name: string) => (name.startsWith('.') ? `${name}(…)` : name);
    const otherUses = [...others].map(([name, line]) => ({ name: named(name), line }));
    throw new GradeFailure(sourceMessages.forbidden(first, names, lineText(first.line), why, lines, otherUses));
  };

  return {
    /**
     * Fails if the code uses any of `names`: `tf.x` (and everything under it, `tf.losses` covers
     * `tf.losses.meanSquaredError`), also under another name, as `tf['x']` or as the tensor method
     * `t.x()`; `.m` for any method `m` (`.fit`). `why` says why and what to do instead.
     */
    forbids,
    /** Fails if the code uses tf.grad or any other autodiff function (see AUTODIFF_NAMES). */
    forbidsAutodiff(why: string = sourceMessages.whyNoAutodiff()): void {
      forbids(AUTODIFF_NAMES, why);
    },
    /** Fails if the code uses an optimizer, `minimize`, or trains a model with `fit` (see OPTIMIZER_NAMES). */
    forbidsOptimizers(why: string = sourceMessages.whyNoOptimizer()): void {
      forbids(OPTIMIZER_NAMES, why);
    },
    /**
     * Fails if top-level function `name`, or a top-level function it calls, runs a loop: `for`,
     * `for…of`, `for…in`, `while`, `do…while`, or a per-element array method (`forEach`, `map`,
     * `reduce`…, `Array.from(…, fn)`). For prompts that ask for vectorised tensor code.
     */
    forbidsLoopsIn(name: string, why: string = sourceMessages.whyNoLoops()): void {
      const loops = uses().loopsIn(name);
      if (loops === undefined) throw new GradeFailure(gradeMessages.missingName(name));
      const first = loops[0];
      if (first) throw new GradeFailure(sourceMessages.loop(name, first, lineText(first.line), why));
    },
  };
}

/** The `source` object of the grading API. */
export type SourceChecks = ReturnType<typeof createSourceChecks>;
