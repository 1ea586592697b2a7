/**
 * Figure 7 (issue 4): grading time of one typical exercise — its reference solution typed into
 * the exercise's own page, then Check until "N of M tests passed". Each Check grades in a fresh
 * worker, so the first and later Checks are timed separately. A sweep then checks every
 * exercise's solution 3 times and takes the median per exercise; the slowest is named and judged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { newBenchContext } from './browser-context.ts';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { median, NotMeasuredError } from './figure.ts';
import { TARGETS } from './targets.ts';

const CHECKS = 4;
/** Checks per exercise in the sweep over every exercise; its figure is their median. */
const SWEEP_CHECKS = 3;
const TYPICAL = 'fit-a-line';
const EXERCISES = new URL('../../exercises/', import.meta.url);

/** An exercise folder's id, title and reference solution. */
interface Exercise {
  readonly id: string;
  readonly title: string;
  readonly solution: string;
}

function readExercise(id: string): Exercise {
  const folder = new URL(`${id}/`, EXERCISES);
  const title =
    /^title:\s*(.+)$/m
      .exec(readFileSync(new URL('prompt.md', folder), 'utf8'))?.[1]
      ?.trim()
      .replace(/^(['"])(.*)\1$/, '$2') ?? id;
  return { id, title, solution: readFileSync(new URL('solution.js', folder), 'utf8') };
}

function exerciseIds(): string[] {
  if (!existsSync(EXERCISES)) return [];
  return readdirSync(EXERCISES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/solution.js`, EXERCISES)))
    .map((entry) => entry.name)
    .sort();
}

/** Opens the exercise page and puts the reference solution into its code box. */
async function openWithSolution(page: Page, context: BenchContext, exercise: Exercise): Promise<void> {
  await page.goto(`${context.baseUrl}/exercises/${exercise.id}/`);
  const region = page.getByRole('region', { name: `Exercise: ${exercise.title}` });
  const check = region.getByRole('button', { name: 'Check', exact: true });
  if ((await check.count()) === 0) throw new NotMeasuredError(`/exercises/${exercise.id}/ has no Check button in this build`);
  await page.waitForLoadState('load');
  // Set the code box's value with an input event but without focusing it: focus starts the
  // Monaco upgrade, which (with Monaco in the HTTP cache) can copy the box before a fill lands.
  const code = region.getByRole('textbox', { name: `Your code for ${exercise.title}` });
  await code.evaluate((box, solution) => {
    (box as HTMLTextAreaElement).value = solution;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, exercise.solution);
  if ((await code.inputValue()).trim() !== exercise.solution.trim())
    throw new Error(`the code box of "${exercise.id}" did not take the solution`);
}

/** Clicks Check and times click → a status reading "N of M tests passed" (in-page). */
async function timeCheck(page: Page, exercise: Exercise): Promise<{ ms: number; text: string }> {
  const region = page.getByRole('region', { name: `Exercise: ${exercise.title}` });
  const check = region.getByRole('button', { name: 'Check', exact: true });
  const timing = region.evaluate(
    (root, timeout) =>
      new Promise<{ ms: number; text: string }>((resolve, reject) => {
        const passed = /^\s*\d+ of \d+ tests? passed\s*$/;
        const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Check');
        if (!button) return reject(new Error('no Check button'));
        let start: number | undefined;
        let cleared = false;
        const observer = new MutationObserver(() => {
          if (start === undefined) return;
          const status = [...root.querySelectorAll('[role="status"]')].find((element) => passed.test(element.textContent ?? ''));
          if (!status) cleared = true;
          else if (cleared) {
            observer.disconnect();
            resolve({ ms: performance.now() - start, text: (status.textContent ?? '').trim() });
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        button.addEventListener('click', (event) => (start = event.timeStamp), { once: true, capture: true });
        setTimeout(() => reject(new Error(`no "N of M tests passed" within ${timeout} ms of Check`)), timeout);
      }),
    90_000,
  );
  await check.click();
  return await timing;
}

export const gradingFigure: RunnableFigure = {
  number: 7,
  title: 'Grading time of one typical exercise (Check → "N of M tests passed")',
  how: `fresh context; put the reference solution of "${TYPICAL}" (or --exercise) into its code box (value + input event, no focus, so Monaco does not load meanwhile), click Check ${CHECKS} times; in-page time from the click to the status reading "N of M tests passed" (it goes away while grading). Then every exercise's solution checked ${SWEEP_CHECKS} times in one context, median per exercise`,
  async measure(context: BenchContext): Promise<Measured> {
    const ids = exerciseIds();
    if (ids.length === 0) throw new NotMeasuredError('the repository has no exercises/<id>/solution.js yet');
    const typical = readExercise(context.options.exercise ?? (ids.includes(TYPICAL) ? TYPICAL : (ids[0] as string)));
    const browserContext = await newBenchContext(context.browser);
    try {
      const page = await browserContext.newPage();
      await openWithSolution(page, context, typical);
      const checks = [];
      for (let i = 0; i < CHECKS; i += 1) checks.push(await timeCheck(page, typical));
      const [first, ...later] = checks as [{ ms: number; text: string }, ...Array<{ ms: number; text: string }>];

      const sweep: Array<{ id: string; ms: number; checks: number[]; text: string; why: string }> = [];
      for (const id of ids) {
        const exercise = readExercise(id);
        await openWithSolution(page, context, exercise);
        const results = [];
        for (let i = 0; i < SWEEP_CHECKS; i += 1) results.push(await timeCheck(page, exercise));
        const failing = results.find((result) => !/^(\d+) of \1 tests? passed$/.test(result.text));
        const why = failing
          ? await page
              .getByRole('region', { name: `Exercise: ${exercise.title}` })
              .getByRole('list', { name: 'Test results' })
              .innerText()
          : '';
        const checks = results.map((result) => result.ms);
        sweep.push({ id, ms: median(checks), checks, text: (failing ?? results[0])?.text ?? '', why });
      }
      const byTime = [...sweep].sort((a, b) => b.ms - a.ms);
      const slowest = byTime[0];
      const notAllPassed = sweep.filter((check) => check.why !== '');
      const overLimit = byTime.filter((check) => check.ms / 1000 > TARGETS.slowestExercise.limit);
      const seconds = (ms: number) => (ms / 1000).toFixed(2);
      return {
        measurements: [
          { label: `"${typical.id}", first Check`, value: first.ms / 1000, unit: 's', digits: 2, target: TARGETS.gradingFirst },
          {
            label: `"${typical.id}", later Checks (median of ${later.length})`,
            value: median(later.map((c) => c.ms)) / 1000,
            unit: 's',
            digits: 2,
            target: TARGETS.gradingLater,
          },
          {
            label: `all ${sweep.length} exercises, median of ${SWEEP_CHECKS} Checks each: median over exercises`,
            value: median(sweep.map((c) => c.ms)) / 1000,
            unit: 's',
            digits: 2,
          },
          {
            label: `all ${sweep.length} exercises, median of ${SWEEP_CHECKS} Checks each: slowest`,
            value: (slowest?.ms ?? NaN) / 1000,
            unit: 's',
            digits: 2,
            target: TARGETS.slowestExercise,
            detail: `(${slowest?.id ?? '?'})`,
          },
        ],
        notes: [
          `"${typical.id}" with its reference solution: ${first.text}; all Checks ${checks.map((c) => seconds(c.ms)).join(', ')} s`,
          `every exercise, slowest first (median of ${SWEEP_CHECKS} Checks; the Checks): ${byTime.map((c) => `${c.id} ${seconds(c.ms)} s (${c.checks.map(seconds).join(', ')})`).join('; ')}`,
          overLimit.length === 0
            ? `every exercise's median Check within ${TARGETS.slowestExercise.limit} s`
            : `over ${TARGETS.slowestExercise.limit} s: ${overLimit.map((c) => c.id).join(', ')}`,
          notAllPassed.length === 0
            ? 'every reference solution passed all its tests in every Check'
            : `reference solutions not passing every test: ${notAllPassed.map((c) => `${c.id} (${c.text}: ${c.why.split('\n').slice(0, 4).join(' | ')})`).join('; ')}`,
        ],
      };
    } finally {
      await browserContext.close();
    }
  },
};
