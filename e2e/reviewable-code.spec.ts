import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { exercisePanel, setExerciseCode } from './helpers';

/**
 * Lesson 14's exercises whose answer is tests (catch-the-shape-bug, test-the-training), in
 * Chromium: the starter's Run shows its test's verdict against the visible copy of the function
 * (a Run has no hidden implementation), the reference tests pass on Run, and a Check grades them
 * against the correct implementation and the planted bugs. Each Check starts a fresh realm per
 * implementation (four here); its time is printed, the median of three Checks, and held to the
 * course's 3 s budget with room for a busy machine.
 */
const EXERCISES = [
  {
    id: 'catch-the-shape-bug',
    title: 'Write the test that catches a shape bug',
    passing: 'one row of k probabilities per example: shape [n, k]: passed',
  },
  {
    id: 'test-the-training',
    title: 'Test a training loop (overfit one batch, repeat with a seed)',
    passing: 'seeded determinism: the same seed gives the same weights: passed',
  },
] as const;
/** The course's budget for a Check is 3 s; a shared CI machine gets half as much again. */
const CHECK_LIMIT_MS = 4_500;

const solutionOf = (id: string) => readFileSync(new URL(`../exercises/${id}/solution.js`, import.meta.url), 'utf8');

/** Presses Check and waits for the summary; resolves to the time from the click to the verdict, in ms. */
async function timedCheck(panel: Locator): Promise<number> {
  const status = panel.getByRole('status');
  const started = Date.now();
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(status).not.toHaveText(/^\d+ of \d+ tests passed$/);
  await expect(status).toHaveText(/^\d+ of \d+ tests passed$/, { timeout: 60_000 });
  return Date.now() - started;
}

for (const { id, title, passing } of EXERCISES) {
  test(`${id}: Run shows the starter's test against the visible copy, and a Check of the reference tests passes every test, its median of three within ${CHECK_LIMIT_MS / 1000} s`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`/exercises/${id}/`);
    const panel = exercisePanel(page, title);
    const output = panel.getByRole('log', { name: 'Scratch output' });

    // The starter as the learner finds it: its test runs (against the copy) and passes with a note.
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(output).toContainText(/✓ .+: passed \(/, { timeout: 30_000 });

    await setExerciseCode(page, panel, solutionOf(id));
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(output).toContainText(passing, { timeout: 30_000 });
    await expect(output).not.toContainText('✗');

    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      times.push(await timedCheck(panel));
      await expect(panel.getByRole('status')).toHaveText('4 of 4 tests passed');
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    console.log(`${id}: Check ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}; median ${(median / 1000).toFixed(2)} s`);
    expect(median).toBeLessThanOrEqual(CHECK_LIMIT_MS);
  });
}
