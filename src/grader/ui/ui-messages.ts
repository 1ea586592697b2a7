/**
 * Every label and sentence of the exercise panel, in one place (pinned by
 * test/grader/ui/ui-messages.test.ts). Button names are part of the accessibility contract.
 */
export const exerciseUi = {
  notChecked: 'Not checked yet',
  checking: 'Checking…',
  checkStopped: 'Check stopped',
  running: 'Running…',
  runDone: (ms: number) => `Run finished in ${(ms / 1000).toFixed(1)} s`,
  runStopped: 'Run stopped',
  runTimedOut: (seconds: number) => `Run stopped: it did not finish within ${seconds} s. Look for a loop that never ends.`,
  runError: (name: string, message: string, line?: number | null) => `${name}${line == null ? '' : ` on line ${line}`}: ${message}`,
  noOutput: '(no output — use console.log to print values)',
  hintHeading: (n: number, total: number) => `Hint ${n} of ${total}`,
  noMoreHints: 'No more hints. Show solution is there when you want it.',
  noHints: 'This exercise has no hints.',
  solutionLocked: 'Press Check at least once before looking at the solution.',
  confirmSolution: 'See the reference solution now? Your code stays as it is; the solution opens beside it.',
  confirmYes: 'Yes, show it',
  confirmNo: 'Keep trying',
  solutionHeading: 'Your code (left) beside the reference solution (right)',
  passedBadge: 'Passed',
  testPassed: 'passed',
  testFailed: 'failed',
  testTimedOut: 'timed out',
  reset: 'Reset to starter',
  confirmReset: 'Replace your code with the starter code? Your current code will be lost.',
  /** The code's accessible description (src/editor/edit-keys.ts), and what the editor says on typing before Enter. */
  editKeys: 'Press Enter to edit the code, Escape to stop editing.',
  editPrompt: 'Press Enter to edit the code.',
} as const;
