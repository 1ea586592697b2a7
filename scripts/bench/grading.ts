/**
 * Figure 7 (issue 4): grading time of one typical exercise — press Check on the exercise's own
 * page and wait for "N of M tests passed". Each Check grades in a fresh worker, so the first and
 * later Checks are timed separately.
 */
import type { Page } from '@playwright/test';
import { newBenchContext } from './browser-context.ts';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { median, NotMeasuredError } from './figure.ts';

const CHECKS = 4;
const PASSED = /(\d+) of (\d+) tests? passed/;

/** The exercise to grade: --exercise, else the first one the exercise index links to. */
async function pickExercise(page: Page, context: BenchContext): Promise<string> {
  if (context.options.exercise) return context.options.exercise;
  const response = await page.goto(`${context.baseUrl}/exercises/`);
  if (!response?.ok()) throw new NotMeasuredError('the exercise index (/exercises/) is not in this build');
  const hrefs = await page.locator('main a[href*="/exercises/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const id = hrefs.map((href) => /\/exercises\/([^/]+)\/?$/.exec(href)?.[1]).find((found) => found !== undefined);
  if (!id) throw new NotMeasuredError('the build has no exercises yet');
  return id;
}

/** Clicks Check and times click → a status reading "N of M tests passed" (in-page). */
async function timeCheck(page: Page): Promise<{ ms: number; text: string }> {
  const check = page.getByRole('button', { name: 'Check', exact: true });
  const timing = check.evaluate(
    (button, pattern) =>
      new Promise<{ ms: number; text: string }>((resolve, reject) => {
        const passed = new RegExp(pattern);
        let start: number | undefined;
        let cleared = false;
        const observer = new MutationObserver(() => {
          if (start === undefined) return;
          const status = [...document.querySelectorAll('[role="status"]')].find((element) => passed.test(element.textContent ?? ''));
          if (!status) cleared = true;
          else if (cleared) {
            observer.disconnect();
            resolve({ ms: performance.now() - start, text: status.textContent ?? '' });
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        button.addEventListener('click', (event) => (start = event.timeStamp), { once: true, capture: true });
        setTimeout(() => reject(new Error('no "N of M tests passed" within 60 s of Check')), 60_000);
      }),
    PASSED.source,
  );
  await check.click();
  return await timing;
}

export const gradingFigure: RunnableFigure = {
  number: 7,
  title: 'Grading time of one typical exercise (Check → "N of M tests passed")',
  how: `fresh context, open the exercise page, click Check ${CHECKS} times on the starter code as shipped; in-page time from the click to a status reading "N of M tests passed" (which first goes away while grading)`,
  async measure(context: BenchContext): Promise<Measured> {
    const browserContext = await newBenchContext(context.browser);
    try {
      const page = await browserContext.newPage();
      const id = await pickExercise(page, context);
      await page.goto(`${context.baseUrl}/exercises/${id}/`);
      const check = page.getByRole('button', { name: 'Check', exact: true });
      if ((await check.count()) === 0) throw new NotMeasuredError(`/exercises/${id}/ has no Check button in this build`);
      await check.and(page.locator(':enabled')).waitFor({ timeout: 15_000 });
      const checks = [];
      for (let i = 0; i < CHECKS; i += 1) checks.push(await timeCheck(page));
      const [first, ...later] = checks as [{ ms: number; text: string }, ...Array<{ ms: number; text: string }>];
      return {
        measurements: [
          { label: 'first Check', value: first.ms / 1000, unit: 's', digits: 2, target: { op: '<=', limit: 2 } },
          { label: `later Checks (median of ${later.length})`, value: median(later.map((c) => c.ms)) / 1000, unit: 's', digits: 2, target: { op: '<=', limit: 2 } },
        ],
        notes: [`exercise "${id}": ${first.text.trim()}`, `all Checks: ${checks.map((c) => (c.ms / 1000).toFixed(2)).join(', ')} s`],
      };
    } finally {
      await browserContext.close();
    }
  },
};
