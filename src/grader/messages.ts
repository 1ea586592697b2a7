/**
 * Every message a learner sees from grading, in one place: each says what was expected, what
 * their code gave, and where to look. Pinned word for word by test/grader/api/expect.test.ts.
 */

/** A number shown to 4 significant digits (exact integers as they are). */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e6) ? value.toExponential(3) : String(Number(value.toPrecision(4)));
}

/** A shape or index as `[2, 3]`. */
export const formatShape = (shape: readonly number[]): string => `[${shape.join(', ')}]`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const gradeMessages = {
  shapeMismatch: (what: string, expected: readonly number[], got: readonly number[]) =>
    `${what} has shape ${formatShape(got)}, but shape ${formatShape(expected)} was expected. Check which axis you reduce or reshape over.`,
  valueMismatch: (
    what: string,
    info: {
      shape: readonly number[];
      index: readonly number[];
      expected: number;
      got: number;
      mismatches: number;
      size: number;
      rtol: number;
      atol: number;
    },
  ) =>
    `${what} is not close enough at index ${formatShape(info.index)}: expected ${formatNumber(info.expected)}, got ${formatNumber(info.got)}. ` +
    `${info.mismatches} of ${plural(info.size, 'value')} differ (shape ${formatShape(info.shape)}; allowed |got − expected| ≤ ${formatNumber(info.atol)} + ${formatNumber(info.rtol)}·|expected|).`,
  notFinite: (what: string, index: readonly number[], got: number) =>
    `${what} holds ${formatNumber(got)} at index ${formatShape(index)}. NaN or Infinity usually means an overflow: exp() of a large number, or log(0). Subtract the maximum before exp, or add a small epsilon inside log.`,
  dtypeMismatch: (what: string, expected: string, got: string) =>
    `${what} has dtype ${got}, but ${expected} was expected. Use tf.cast(x, '${expected}') or create it with that dtype.`,
  notATensor: (what: string, got: string) => `${what} should be a tensor or an array of numbers, but it is ${got}.`,
  rowsSum: (what: string, row: number, expected: number, got: number) =>
    `Row ${row} of ${what} sums to ${formatNumber(got)}, but every row should sum to ${formatNumber(expected)}. Normalise over the last axis (axis -1).`,
  notEqual: (what: string, expected: string, got: string) => `${what} should be ${expected}, but it is ${got}.`,
  belowBar: (what: string, bar: number, got: number) =>
    `${what} is ${formatNumber(got)}, but it needs to be at least ${formatNumber(bar)}.`,
  aboveBar: (what: string, bar: number, got: number) => `${what} is ${formatNumber(got)}, but it needs to be at most ${formatNumber(bar)}.`,
  leakedTensors: (name: string, count: number) =>
    `${name}() leaves ${plural(count, 'tensor')} behind each call. Wrap the work in tf.tidy(() => …) or dispose() the tensors you no longer need.`,
  missingName: (name: string) =>
    `Your code does not define \`${name}\`. Keep the name from the starter code, declared at the top level (function ${name}(…) or const ${name} = …).`,
  notAFunction: (name: string, got: string) => `\`${name}\` should be a function, but it is ${got}.`,
  threw: (where: string, error: { name: string; message: string; line?: number | null | undefined }) =>
    `${where} threw ${error.name}${error.line == null ? '' : ` on line ${error.line}`}: ${error.message}`,
  loadTimedOut: (seconds: number) =>
    `Your code did not finish within ${seconds} s, so no test could run. Look for a loop that never ends (a while whose condition never becomes false).`,
  testTimedOut: (seconds: number) =>
    `Timed out: the test did not finish within ${seconds} s. Look for a loop that never ends, or training that runs far longer than needed.`,
  learnerStopped: () => 'Your code stopped the worker it was running in (for example with close()), so the test could not finish.',
  unsupportedValue: (what: string) =>
    `${what} cannot be sent to the grader. Return tensors, numbers, strings, booleans, arrays, plain objects or a tf.LayersModel.`,
  realmDidNotStart: (seconds: number) =>
    `The worker that runs your code did not start within ${seconds} s (the page may be busy). Press Check again.`,
  gradingTimedOut: (seconds: number) => `Grading did not finish within ${seconds} s and was stopped. Look for a loop that never ends.`,
  graderCrashed: (reason: string) =>
    `The grader itself failed (${reason}). This is a bug in the exercise, not in your code; please report it.`,
  notAModel: (what: string, got: string) => `${what} should be a tf.LayersModel (for example from tf.sequential()), but it is ${got}.`,
  summary: (passed: number, total: number) => `${passed} of ${total} tests passed`,
} as const;

/** Messages about a test that broke for a reason other than a failed check. */
export const testErrorMessages = {
  testError: (error: { name: string; message: string }) =>
    `The test stopped with ${error.name}: ${error.message}. Check that your code returns what the task asks for (the right type and shape).`,
  badTestFile: (reason: string) => `The exercise's tests could not be read (${reason}). This is a bug in the exercise; please report it.`,
} as const;

/** How a forbidden name was written, for `sourceMessages.forbidden`. */
export interface ForbiddenUse {
  name: string;
  form: 'direct' | 'alias' | 'method' | 'computed';
  alias?: string;
  line: number;
}

const listLines = (lines: readonly number[]) =>
  lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;

const describeUse = (use: ForbiddenUse, forbidden: readonly string[]) => {
  const name = use.name.startsWith('.') ? `${use.name}(…)` : use.name;
  switch (use.form) {
    case 'alias':
      return `${name} (under the name \`${use.alias}\`)`;
    case 'method':
      return `${name} (as the tensor method ${use.name.replace(/^tf\./, '')}(), which is the same op)`;
    case 'computed':
      return `${name}[…] with a computed name, which hides whether it is one of ${forbidden.join(', ')}`;
    default:
      return name;
  }
};

/** Messages of the source checks (`source.*` in tests.js): what was used, where, and what to do instead. */
export const sourceMessages = {
  /** `lines`: every line the same name is used on; `others`: the other forbidden names used, each with its first line. */
  forbidden: (
    use: ForbiddenUse,
    forbidden: readonly string[],
    lineText: string,
    why: string,
    lines: readonly number[],
    others: readonly { name: string; line: number }[],
  ) => {
    const notes = [
      ...(lines.length > 1 ? [`It is used ${lines.length} times, on ${listLines(lines)}.`] : []),
      ...(others.length > 0 ? [`Also not allowed here: ${others.map((o) => `${o.name} (line ${o.line})`).join(', ')}.`] : []),
    ];
    return `Your code uses ${describeUse(use, forbidden)} on line ${use.line}: \`${lineText}\`. ${why}${notes.length ? ` (${notes.join(' ')})` : ''}`;
  },
  loop: (name: string, loop: { kind: string; line: number; inFunction: string }, lineText: string, why: string) =>
    `Your ${name}() runs ${loop.kind} on line ${loop.line}${loop.inFunction === name ? '' : ` (in ${loop.inFunction}(), which it calls)`}: \`${lineText}\`. ${why}`,
  whyNoLoops: () =>
    'Write it with whole-tensor operations (sub, exp, sum over an axis…), which work on every row and element at once: no loop over them, in JavaScript or in tensors.',
  whyNoAutodiff: () =>
    'Work the gradient out by hand and compute it with tensor operations: the point is to see what tf.grad would do for you.',
  whyNoOptimizer: () => 'Take the step yourself: parameter = parameter − learningRate × gradient, with plain numbers or tensors.',
} as const;
