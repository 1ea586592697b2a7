/**
 * Brings one exercise panel (rendered by Exercise.astro) to life: the editor holding the
 * learner's saved code or the starter, Run (scratch output), Check (graded in a fresh worker),
 * Hint (one at a time), Show solution (after a first Check, confirmed, in a diff view beside the
 * learner's code), Share (a link with the code, src/share/). Code, status and hints are saved in
 * the progress store; code shown from a share link only once the learner keeps it.
 */
import { progressStore } from '../../progress/store';
import { isShowingSharedCode, offerShareTarget } from '../../share/share-targets';
import type { ScratchRun } from './grade-in-browser';
import type { GradeReport } from '../worker/grade-core';
import { createExerciseEditor } from './exercise-editor';
import { exerciseUi } from './ui-messages';
import type { LearnerError } from '../realm/learner-protocol';

/**
 * Grading (its worker, messages and report) and the solution's diff view load on the first Run,
 * Check or Show solution: most visits to a lesson page press none of them, and the page's first
 * load stays light (figure 1 of `npm run bench`).
 */
const grading = () => import('./grade-in-browser');
const solutionDiff = () => import('./solution-diff');

/** What the page embeds for each exercise (JSON in a script element). */
export interface ExerciseData {
  id: string;
  title: string;
  starter: string;
  solution: string;
  tests: string;
  hints: string[];
  timeLimit: number;
}

const SAVE_DELAY_MS = 400;

function element<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`exercise panel: missing ${selector}`);
  return found;
}

function renderReport(list: HTMLOListElement, report: GradeReport) {
  list.replaceChildren();
  if (report.problem) {
    const item = document.createElement('li');
    item.className = 'test-failed';
    item.textContent = report.problem;
    list.append(item);
  }
  for (const test of report.tests) {
    const item = document.createElement('li');
    item.className = `test-${test.status}`;
    const name = document.createElement('strong');
    name.textContent = test.name;
    const verdict = document.createElement('span');
    verdict.className = 'test-verdict';
    verdict.textContent = ` — ${test.status === 'passed' ? exerciseUi.testPassed : test.status === 'timed-out' ? exerciseUi.testTimedOut : exerciseUi.testFailed}`;
    item.append(name, verdict);
    if (test.message) {
      const message = document.createElement('p');
      message.textContent = test.message;
      item.append(message);
    }
    list.append(item);
  }
}

/** Binds the panel `root`. */
export function bindExercisePanel(root: HTMLElement): void {
  const data = JSON.parse(element<HTMLScriptElement>(root, 'script[data-exercise]').textContent ?? '{}') as ExerciseData;
  const store = progressStore();
  const textarea = element<HTMLTextAreaElement>(root, 'textarea');
  const saved = store.getExercise(data.id);
  if (saved.code !== undefined) textarea.value = saved.code;
  const editor = createExerciseEditor(textarea, `file:///exercises/${data.id}/your-code.js`);

  const runButton = element<HTMLButtonElement>(root, '[data-action="run"]');
  const checkButton = element<HTMLButtonElement>(root, '[data-action="check"]');
  const hintButton = element<HTMLButtonElement>(root, '[data-action="hint"]');
  const solutionButton = element<HTMLButtonElement>(root, '[data-action="solution"]');
  const resetButton = element<HTMLButtonElement>(root, '[data-action="reset"]');
  const status = element<HTMLElement>(root, '.exercise-status');
  const results = element<HTMLOListElement>(root, '.exercise-results');
  const output = element<HTMLElement>(root, '.exercise-output');
  const hints = element<HTMLOListElement>(root, '.exercise-hints');
  const hintNote = element<HTMLElement>(root, '.exercise-hint-note');
  const confirm = element<HTMLElement>(root, '.exercise-confirm');
  const solutionRegion = element<HTMLElement>(root, '.exercise-solution');
  const solutionHost = element<HTMLElement>(root, '.exercise-diff-host');
  const badge = element<HTMLElement>(root, '.exercise-badge');

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  editor.onChange(() => {
    editor.clearErrors();
    clearTimeout(saveTimer);
    if (isShowingSharedCode(root)) return;
    saveTimer = setTimeout(() => store.saveExerciseCode(data.id, editor.getCode()), SAVE_DELAY_MS);
  });

  const showStatus = () => {
    const progress = store.getExercise(data.id);
    badge.hidden = progress.status !== 'passed';
    solutionButton.disabled = progress.attempts === 0;
    solutionButton.title = progress.attempts === 0 ? exerciseUi.solutionLocked : '';
    if (progress.lastResult) status.textContent = exerciseUi.lastResult(progress.lastResult.passed, progress.lastResult.total);
  };

  const revealHints = (count: number) => {
    hints.replaceChildren();
    data.hints.slice(0, count).forEach((hint, i) => {
      const item = document.createElement('li');
      const heading = document.createElement('strong');
      heading.textContent = `${exerciseUi.hintHeading(i + 1, data.hints.length)}: `;
      item.append(heading, hint);
      hints.append(item);
    });
    hintButton.disabled = count >= data.hints.length;
    hintNote.textContent = data.hints.length === 0 ? exerciseUi.noHints : count >= data.hints.length ? exerciseUi.noMoreHints : '';
  };
  revealHints(Math.min(saved.hintsUsed, data.hints.length));
  showStatus();

  /** Marks the line of an error the learner's code threw, as a lesson cell does. */
  const markError = (error: LearnerError | undefined) => {
    if (error?.line != null) editor.showError(error.line, error.column, `${error.name}: ${error.message}`);
  };

  let scratch: ScratchRun | undefined;
  runButton.addEventListener('click', async () => {
    const { runScratch } = await grading();
    scratch?.stop();
    editor.clearErrors();
    output.replaceChildren();
    status.textContent = exerciseUi.running;
    let lines = 0;
    const write = (text: string, className: string) => {
      const line = document.createElement('div');
      line.className = className;
      line.textContent = text;
      output.append(line);
    };
    const run = runScratch(
      editor.getCode(),
      (level, text) => {
        lines += 1;
        write(text, `output-${level}`);
      },
      data.timeLimit,
    );
    scratch = run;
    const result = await run.done;
    if (scratch !== run) return;
    markError(result.error);
    if (result.error) write(exerciseUi.runError(result.error.name, result.error.message, result.error.line), 'output-error');
    else if (result.stopped === 'timed-out') write(exerciseUi.runTimedOut(data.timeLimit), 'output-error');
    else if (lines === 0) write(exerciseUi.noOutput, 'output-info');
    status.textContent = result.stopped === 'stopped' ? exerciseUi.runStopped : exerciseUi.runDone(result.ms);
  });

  /** The Check in progress; Reset to starter stops it (the code it checks is being replaced). */
  let checking: AbortController | undefined;
  checkButton.addEventListener('click', async () => {
    checkButton.disabled = true;
    editor.clearErrors();
    status.textContent = exerciseUi.checking;
    const code = editor.getCode();
    if (!isShowingSharedCode(root)) store.saveExerciseCode(data.id, code);
    const controller = new AbortController();
    checking = controller;
    try {
      const { gradeInBrowser } = await grading();
      const report = await gradeInBrowser({ code, tests: data.tests, timeLimitSeconds: data.timeLimit }, controller.signal);
      if ('stopped' in report) {
        status.textContent = exerciseUi.checkStopped;
        return;
      }
      renderReport(results, report);
      markError(report.learnerError);
      store.recordCheck(data.id, { passed: report.passed, total: report.total });
      status.textContent = report.summary;
      root.dispatchEvent(new CustomEvent('runfirst:graded', { bubbles: true, detail: { id: data.id, report } }));
      showStatus();
      status.textContent = report.summary;
    } finally {
      if (checking === controller) checking = undefined;
      checkButton.disabled = false;
    }
  });

  hintButton.addEventListener('click', () => {
    const used = store.getExercise(data.id).hintsUsed;
    if (used >= data.hints.length) return revealHints(data.hints.length);
    revealHints(store.recordHint(data.id));
  });

  solutionButton.addEventListener('click', () => {
    confirm.hidden = false;
    element<HTMLButtonElement>(confirm, '[data-action="confirm-solution"]').focus();
  });
  element<HTMLButtonElement>(confirm, '[data-action="cancel-solution"]').addEventListener('click', () => {
    confirm.hidden = true;
    solutionButton.focus();
  });
  element<HTMLButtonElement>(confirm, '[data-action="confirm-solution"]').addEventListener('click', async () => {
    confirm.hidden = true;
    store.recordSolutionViewed(data.id);
    solutionRegion.hidden = false;
    const { showSolutionDiff } = await solutionDiff();
    await showSolutionDiff(solutionHost, editor.getCode(), data.solution, `file:///exercises/${data.id}`);
    solutionRegion.scrollIntoView({ block: 'nearest' });
  });

  resetButton.addEventListener('click', () => {
    if (!window.confirm(exerciseUi.confirmReset)) return;
    checking?.abort();
    editor.setCode(data.starter);
    if (!isShowingSharedCode(root)) store.saveExerciseCode(data.id, data.starter);
  });

  offerShareTarget({
    place: { kind: 'exercise', exercise: data.id },
    root,
    shareButton: element<HTMLButtonElement>(root, '[data-action="share"]'),
    noteAfter: element<HTMLElement>(root, '.exercise-prompt'),
    focusAfter: runButton,
    ready: Promise.resolve(),
    code: () => editor.getCode(),
    setCode: (code) => editor.setCode(code),
    save: () => store.saveExerciseCode(data.id, editor.getCode()),
  });
}
