/**
 * Every label and sentence of the exercise panel (src/components/Exercise.astro and
 * src/grader/ui/). Button names are part of the accessibility contract (DESIGN.md "Accessible names").
 */
import { plural } from '../../plural';

export const exerciseUi = {
  // The panel's heading, buttons and regions.
  /** Before the exercise's title in its heading, with the space (if any) that separates them. */
  titlePrefix: 'Exercise: ',
  difficulty: { easy: 'easy', medium: 'medium', hard: 'hard' },
  timeLimit: (seconds: number) => `each test may take up to ${seconds} s`,
  codeLabel: (title: string) => `Your code for ${title}`,
  run: 'Run',
  check: 'Check',
  hint: 'Hint',
  showSolution: 'Show solution',
  confirmRegion: 'Confirm showing the solution',
  resultsLabel: 'Test results',
  outputLabel: 'Scratch output',
  hintsLabel: 'Hints',
  solutionRegion: 'Reference solution',

  // The status line and what a run or a check reports.
  notChecked: 'Not checked yet',
  checking: 'Checking…',
  checkStopped: 'Check stopped',
  lastResult: (passed: number, total: number) => `${passed} of ${plural(total, { one: '# test', other: '# tests' }, 'en')} passed`,
  running: 'Running…',
  runDone: (ms: number) => `Run finished in ${(ms / 1000).toFixed(1)} s`,
  runStopped: 'Run stopped',
  runTimedOut: (seconds: number) => `Run stopped: it did not finish within ${seconds} s. Look for a loop that never ends.`,
  runError: (name: string, message: string, line?: number | null) => `${name}${line == null ? '' : ` on line ${line}`}: ${message}`,
  noOutput: '(no output — use console.log to print values)',

  // Hints and the solution.
  hintHeading: (n: number, total: number) => `Hint ${n} of ${total}`,
  noMoreHints: 'No more hints. Show solution is there when you want it.',
  noHints: 'This exercise has no hints.',
  solutionLocked: 'Press Check at least once before looking at the solution.',
  confirmSolution: 'See the reference solution now? Your code stays as it is; the solution opens beside it.',
  confirmYes: 'Yes, show it',
  confirmNo: 'Keep trying',
  solutionHeading: 'Your code (left) beside the reference solution (right)',
  /** The two sides of the solution view (a diff editor, or two plain columns without one). */
  diffLabel: 'Your code beside the reference solution',
  yourCode: 'Your code',
  referenceSolution: 'Reference solution',

  passedBadge: 'Passed',
  testPassed: 'passed',
  testFailed: 'failed',
  testTimedOut: 'timed out',
  reset: 'Reset to starter',
  confirmReset: 'Replace your code with the starter code? Your current code will be lost.',
  /** The code's accessible description (src/editor/edit-keys.ts), and what the editor says on typing before Enter. */
  editKeys: 'Press Enter to edit the code, Escape to stop editing.',
  editPrompt: 'Press Enter to edit the code.',
};
