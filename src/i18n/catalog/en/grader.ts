/**
 * Every message a learner sees from grading: each says what was expected, what their code gave,
 * and where to look (read through src/grader/messages.ts). The words of `expect.*` itself live in
 * ./expect.ts, shared with lesson cells, and are included here.
 */
import { checkMessages } from './check';
import { expectMessages, testMessages } from './expect';
import { plural } from '../../plural';

export const gradeMessages = {
  ...expectMessages,
  testTimedOut: testMessages.testTimedOut,
  summary: testMessages.summary,
  leakedTensors: (name: string, count: number) =>
    `${name}() leaves ${plural(count, { one: `${count} tensor`, other: `${count} tensors` }, 'en')} behind each call. Wrap the work in tf.tidy(() => …) or dispose() the tensors you no longer need.`,
  missingName: (name: string) =>
    `Your code does not define \`${name}\`. Keep the name from the starter code, declared at the top level (function ${name}(…) or const ${name} = …).`,
  notAFunction: (name: string, got: string) => `\`${name}\` should be a function, but it is ${got}.`,
  threw: (where: string, error: { name: string; message: string; line?: number | null | undefined }) =>
    `${where} threw ${error.name}${error.line == null ? '' : ` on line ${error.line}`}: ${error.message}`,
  loadTimedOut: (seconds: number) =>
    `Your code did not finish within ${seconds} s, so no test could run. Look for a loop that never ends (a while whose condition never becomes false).`,
  learnerStopped: () => 'Your code stopped the worker it was running in (for example with close()), so the test could not finish.',
  unsupportedValue: (what: string) =>
    `${what} cannot be sent to the grader. Return tensors, numbers, strings, booleans, arrays, plain objects or a tf.LayersModel.`,
  realmDidNotStart: (seconds: number) =>
    `The worker that runs your code did not start within ${seconds} s (the page may be busy). Press Check again.`,
  gradingTimedOut: checkMessages.gradingTimedOut,
  graderCrashed: checkMessages.graderCrashed,
  notAModel: (what: string, got: string) => `${what} should be a tf.LayersModel (for example from tf.sequential()), but it is ${got}.`,
} as const;

/**
 * Messages of grading the learner's own tests (`learner.ownTestsPass`, `learner.ownTestsCatch`):
 * which test failed the correct implementation, or which planted bug went uncaught, by the name
 * the exercise gives it, never by showing the hidden code.
 */
export const ownTestMessages = {
  noTests: () =>
    'Your code defines no test, so it checks nothing. Write at least one: test("what it checks", () => { … expect.shape(…) … }).',
  checksNothing: (name: string) =>
    `Your test "${name}" calls no expect.*, so it passes whatever the code does and can catch no bug. Check the result with expect.shape, expect.allClose, expect.equal or expect.that.`,
  failsOnCorrect: (name: string, message: string) =>
    `Your test "${name}" fails on a correct implementation, so it would reject good code too. It said: ${message}`,
  bugNotCaught: (bug: string, total: number) =>
    `${total === 1 ? 'Your test does not catch' : `None of your ${total} tests catches`} the planted bug "${bug}": with it, every test still passes. Think about what this bug changes (a shape, a value, a dtype) and check exactly that.`,
  implementationBroken: (reason: string) =>
    `The exercise's hidden implementation could not be loaded (${reason}). This is a bug in the exercise, not in your tests; please report it.`,
} as const;

/** How grading names what it checks, and the notes and reasons it adds around the learner's code. */
export const gradeLabels = {
  /** The learner's whole submission, as in "Your code threw TypeError on line 3: …". */
  yourCode: 'Your code',
  /** One of the learner's functions, as in "Your softmax() threw …". */
  yourFunction: (name: string) => `Your ${name}()`,
  /** What one of the learner's functions returned, as in "What softmax() returned cannot be sent …". */
  whatItReturned: (name: string) => `What ${name}() returned`,
  /** The default `what` of `ml.accuracy` and `ml.loss`. */
  whatYourFunctionReturned: 'What your function returned',
  /** The default `what` of the model checks of `ml`. */
  theModel: 'The model',
  /** What `show.*` writes in an exercise's console instead of drawing (`call`: "show.line: Loss"). */
  showInExercise: (call: string) => `(${call} — charts appear in lessons, not in exercises)`,
  /** tests.js called a learner.* that reads the learner's code after declaring the code is tests (the exercise's bug). */
  codeIsTests: () => 'learner.call, get, noLeakedTensors and watchTraining are not available after learner.codeIsTests()',
  /** tests.js called source.forbids wrongly (the exercise's bug). */
  forbidsArguments: () => 'source.forbids(names, why) needs an array of names and a message',
  /** A loop statement, as `sourceMessages.loop` names it ("Your f() runs a for loop on line 3"), by its syntax node's type. */
  loopStatements: {
    ForStatement: 'a for loop',
    ForInStatement: 'a for…in loop',
    ForOfStatement: 'a for…of loop',
    WhileStatement: 'a while loop',
    DoWhileStatement: 'a do…while loop',
  },
};

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
