import { expect, test, type Locator, type Page } from '@playwright/test';
import { cellsIn, kernelStatus, lessonOutputOf, outputOf, runCell, statusOf } from './helpers';
import { brokenClaims, describeBroken } from '../test/lessons/claims/check-claims';
import { claimsOf } from '../test/lessons/claims/index';

/**
 * The course's lessons in a real browser: each lesson's first cell runs to "done" in one click on
 * the page just opened, and, with every other cell then run in page order, each theory layer's check cell prints its verdict (✓)
 * and no failure (✗), and every claim the lesson's prose makes about its output
 * (test/lessons/claims/<id>.ts, the same claims the node test holds on cpu) holds. The backend is wasm unless LESSON_BACKEND names another (e.g. cpu, to
 * measure the slowest case); the time of every cell is printed from its status line.
 */
const LESSONS = [
  'first-model',
  'learning-curves',
  'bake-off',
  'hyperparameter-search',
  'pretrained',
  'dirty-data',
  'rerun',
  'port-an-op',
  'ship-a-service',
  'make-it-small',
  'load-test',
  'show-what-it-does',
  'one-project-deep',
  'reviewable-code',
] as const;
const BACKEND = process.env['LESSON_BACKEND'] ?? 'wasm';
/** Longest a single cell may take here before the test gives up (the lesson's own limit is 60 s). */
const CELL_TIMEOUT_MS = 90_000;

/** Opens the lesson on the chosen backend and waits until its kernel reports ready. */
async function openLesson(page: Page, id: string) {
  await page.goto(`/lessons/${id}/`);
  const backend = page.getByRole('combobox', { name: 'Backend' });
  if ((await backend.inputValue()) !== BACKEND) await backend.selectOption(BACKEND);
  await expect(backend).toHaveValue(BACKEND);
}

/** After a run: the kernel bar says which backend ran it (WASM, CPU). */
async function expectBackendInUse(page: Page) {
  await expect(kernelStatus(page)).toHaveText(new RegExp(`^Kernel ready on ${BACKEND.toUpperCase()}`));
}

/** Seconds a finished cell took, read from its status ("Ran in 1.2 s — done", "Ran in 80 ms — done"). */
async function secondsOf(cell: Locator): Promise<number> {
  const text = (await statusOf(cell).textContent()) ?? '';
  const match = /Ran in ([\d.]+) (m?s)/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

test.describe(`lessons on the ${BACKEND} backend`, () => {
  for (const id of LESSONS) {
    test(`${id}: every cell runs in order (the first in one click on the page just opened), every theory check confirms its result, and the prose's claims hold`, async ({
      page,
    }) => {
      test.setTimeout(8 * CELL_TIMEOUT_MS);
      await openLesson(page, id);
      // The first cell, in one click on a page just opened, as a learner meets it.
      const first = cellsIn(page).first();
      await expect(first.getByRole('button', { name: 'Run' })).toBeEnabled();
      await runCell(first, { timeout: CELL_TIMEOUT_MS });
      await expectBackendInUse(page);
      await expect(outputOf(first)).not.toBeEmpty();
      const firstSeconds = await secondsOf(first);
      console.log(`${id} [${BACKEND}]: first cell ${firstSeconds.toFixed(1)} s`);
      // Open every theory layer so that its cells can be reached and run.
      const layers = page.locator('details.theory');
      const layerCount = await layers.count();
      expect(layerCount).toBeGreaterThan(0);
      for (let i = 0; i < layerCount; i++) {
        const layer = layers.nth(i);
        if ((await layer.getAttribute('open')) === null) await layer.locator('summary').click();
        await expect(layer).toHaveAttribute('open', '');
      }
      const all = cellsIn(page);
      const count = await all.count();
      const times: string[] = [`${(await first.getAttribute('data-cell-id')) ?? 'cell 1'} ${firstSeconds.toFixed(1)} s`];
      let total = firstSeconds;
      for (let i = 1; i < count; i++) {
        const cell = all.nth(i);
        await runCell(cell, { timeout: CELL_TIMEOUT_MS });
        const seconds = await secondsOf(cell);
        total += seconds;
        times.push(`${(await cell.getAttribute('data-cell-id')) ?? `cell ${i + 1}`} ${seconds.toFixed(1)} s`);
      }
      await expectBackendInUse(page);
      console.log(`${id} [${BACKEND}]: all ${count} cells ${total.toFixed(1)} s (${times.join(', ')})`);

      const checks = cellsIn(layers);
      const checkCount = await checks.count();
      expect(checkCount, 'each lesson has theory check cells').toBeGreaterThanOrEqual(layerCount);
      for (let i = 0; i < checkCount; i++) {
        const check = checks.nth(i);
        const output = outputOf(check);
        const name = `${id}, theory check ${(await check.getAttribute('data-cell-id')) ?? i + 1}`;
        await expect(output, `${name} prints its verdict`).toContainText('✓');
        await expect(output, `${name} reports no failure`).not.toContainText('✗');
      }
      const broken = brokenClaims(claimsOf(id), await lessonOutputOf(page, BACKEND));
      expect(broken, describeBroken(id, BACKEND, broken)).toEqual([]);
    });
  }
});
