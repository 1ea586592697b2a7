/**
 * Evaluating a learner's submission as the body of an async function whose parameters are the
 * learner globals, so top-level await works and its top-level names stay reachable by name
 * afterwards. Errors are mapped to the learner's own line numbers through a sourceURL.
 */
import type { LearnerError } from './learner-protocol';
import type { LearnerGlobals } from './learner-globals';

/** The file name learner code runs under, so stack frames can be found. */
export const SUBMISSION_URL = 'your-code.js';

/** A name looked up in the submission's scope. */
export type Lookup = { defined: true; value: unknown } | { defined: false };

/** The scope left by an evaluated submission. */
export interface SubmissionScope {
  lookup(name: string): Lookup;
}

type AsyncFunctionConstructor = new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as AsyncFunctionConstructor;

const LOOKUP = '__runfirstLookup';
const frame = new RegExp(`${SUBMISSION_URL.replace('.', '\\.')}:(\\d+):\\d+`);

/** Evaluates submissions and describes their errors. */
export function createSubmissionRunner() {
  // How many lines the engine puts before the body of a Function-constructor function (2 in V8).
  let headerLines = 2;
  const measure = new AsyncFunction(`return new Error('probe').stack;\n//# sourceURL=${SUBMISSION_URL}`);
  const ready = measure().then((stack) => {
    const match = frame.exec(String(stack));
    if (match) headerLines = Number(match[1]) - 1;
  });

  return {
    /** Evaluates `code` with `globals` as parameters; resolves to its scope, or rejects with what it threw. */
    async evaluate(code: string, globals: LearnerGlobals): Promise<SubmissionScope> {
      await ready;
      const names = Object.keys(globals);
      const body =
        `${code}\n;return (${LOOKUP}) => { try { return { defined: true, value: eval(${LOOKUP}) }; } ` +
        `catch (e) { if (e instanceof ReferenceError) return { defined: false }; throw e; } };\n//# sourceURL=${SUBMISSION_URL}`;
      const fn = new AsyncFunction(...names, body);
      const lookup = (await fn(...names.map((name) => globals[name as keyof LearnerGlobals]))) as (name: string) => Lookup;
      return { lookup };
    },
    /** The error's name, message and the learner's line (from the first frame in their code). */
    describeError(error: unknown): LearnerError {
      if (error instanceof Error) {
        const match = frame.exec(String(error.stack));
        const described: LearnerError = { name: error.name, message: error.message };
        if (match) described.line = Number(match[1]) - headerLines;
        return described;
      }
      return { name: 'Error', message: `a value that is not an Error was thrown: ${String(error)}` };
    },
  };
}
