/**
 * Evaluating a learner's submission in the realm, through the same transform and error
 * description as a lesson cell (src/runtime/learner-code/), in its `own-scope` mode: the learner
 * globals are bindings around the code, top-level await works, and its top-level names stay
 * reachable by name afterwards for the grader's calls.
 */
import type { KernelError } from '../../runtime/protocol';
import { describeError } from '../../runtime/learner-code/describe-error';
import { evaluateTransformed, transformLearnerCode, type OwnScopeFunction } from '../../runtime/learner-code/transform';
import type { LearnerGlobals } from './learner-globals';

/** The id a submission's stack frames carry (its source file is `runfirst-cell-exercise.js`). */
export const SUBMISSION_SOURCE_ID = 'exercise';

/** A name looked up in the submission's scope. */
export type Lookup = { defined: true; value: unknown } | { defined: false };

/** The scope left by an evaluated submission. */
export interface SubmissionScope {
  lookup(name: string): Lookup;
  /** The code's own top-level names (functions, classes, let/const/var). */
  ownNames(): string[];
}

/** Evaluates submissions and describes their errors. */
export function createSubmissionRunner() {
  // Columns on line 1 of the last evaluated submission are shifted by its prelude.
  let firstLineOffset = 0;
  return {
    /**
     * Evaluates `code` with `globals` around it; resolves to its scope, or rejects with what it threw.
     * `sourceId` names code that is not the submission (a hidden implementation), so its stack
     * frames are never taken for the learner's lines.
     */
    async evaluate(code: string, globals: LearnerGlobals, sourceId = SUBMISSION_SOURCE_ID): Promise<SubmissionScope> {
      if (sourceId === SUBMISSION_SOURCE_ID) firstLineOffset = 0;
      const names = Object.keys(globals);
      const transformed = transformLearnerCode(code, { mode: 'own-scope', sourceId, globals: names });
      if (sourceId === SUBMISSION_SOURCE_ID) firstLineOffset = transformed.firstLineOffset;
      let getters: Record<string, () => unknown> = {};
      const run = evaluateTransformed<OwnScopeFunction>(transformed)(
        { expose: (exposed) => (getters = exposed) },
        ...names.map((name) => globals[name as keyof LearnerGlobals]),
      );
      await run();
      // As the code itself would resolve the name: its own top-level names, then the learner
      // globals around it, then the realm's global object.
      const realm = globalThis as Record<string, unknown>;
      return {
        ownNames: () => Object.keys(getters),
        lookup(name) {
          if (Object.hasOwn(getters, name)) return { defined: true, value: getters[name]?.() };
          if (Object.hasOwn(globals, name)) return { defined: true, value: globals[name as keyof LearnerGlobals] };
          return name in realm ? { defined: true, value: realm[name] } : { defined: false };
        },
      };
    },
    /** What the learner's code threw: its name, message, kind and line/column in their own numbering. */
    describeError(error: unknown): KernelError {
      return describeError(error, SUBMISSION_SOURCE_ID, firstLineOffset);
    },
  };
}
