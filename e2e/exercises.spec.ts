import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exercisePanel, setExerciseCode } from './helpers';

/** Exercise panels are driven by role and accessible name only (see DESIGN.md "Accessible names"). */
const TITLE = 'Fit a line by hand with gradient descent';
const solution = readFileSync(new URL('../exercises/fit-a-line/solution.js', import.meta.url), 'utf8');

const panel = (page: Page) => exercisePanel(page, TITLE);

async function typeCode(page: Page, code: string) {
  await setExerciseCode(page, panel(page), code);
}

/** An exercise folder's id, title, lesson and the grader tools its tests and solution use. */
interface ExerciseInfo {
  readonly id: string;
  readonly title: string;
  readonly lesson: string;
  readonly tools: ReadonlySet<string>;
}

/** The grader's and learner's tools a test or solution can lean on, each a coverage item. */
const TOOL_PATTERN = /\b(?:ml\.\w+|source\.\w+|models\.load|data\.load\(\s*'[\w-]+'|log\.\w+|ownTests)/g;

function readExercise(root: URL, id: string): ExerciseInfo {
  const prompt = readFileSync(new URL(`${id}/prompt.md`, root), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(prompt)?.[1]?.trim();
  const code = ['tests.js', 'solution.js'].map((file) => readFileSync(new URL(`${id}/${file}`, root), 'utf8')).join('\n');
  const lesson = field('lesson');
  if (!lesson) throw new Error(`exercises/${id}/prompt.md has no lesson: field`);
  return { id, title: field('title') ?? id, lesson, tools: new Set(code.match(TOOL_PATTERN) ?? []) };
}

/**
 * The exercises the browser pass grades: for each lesson, the exercise that adds the most tools
 * not yet covered (ties: the first by id); then, for any tool still uncovered, an exercise that
 * uses it. Deterministic, so a failure reproduces; it grows with the course by itself.
 */
function browserSample(root: URL): ExerciseInfo[] {
  const all = readdirSync(root)
    .sort()
    .map((id) => readExercise(root, id));
  const covered = new Set<string>();
  const sample: ExerciseInfo[] = [];
  const take = (exercise: ExerciseInfo) => {
    sample.push(exercise);
    for (const tool of exercise.tools) covered.add(tool);
  };
  const gain = (exercise: ExerciseInfo) => [...exercise.tools].filter((tool) => !covered.has(tool)).length;
  for (const lesson of [...new Set(all.map((exercise) => exercise.lesson))].sort()) {
    const candidates = all.filter((exercise) => exercise.lesson === lesson);
    take(candidates.reduce((best, exercise) => (gain(exercise) > gain(best) ? exercise : best)));
  }
  for (const exercise of all) if (!sample.includes(exercise) && gain(exercise) > 0) take(exercise);
  return sample;
}

test.describe('exercises', () => {
  test('typing the solution and pressing Check passes every test; the course map shows it after reload', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    await typeCode(page, solution);
    await panel(page).getByRole('button', { name: 'Check' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('9 of 9 tests passed', { timeout: 30_000 });
    await expect(panel(page).getByRole('list', { name: 'Test results' }).getByRole('listitem')).toHaveCount(9);

    await page.goto('/');
    const lesson = page.locator('.course-lesson', { has: page.getByRole('link', { name: /Your first model/ }) });
    await expect(lesson.getByText('1 of 3 exercises passed')).toBeVisible();
    await page.reload();
    await expect(lesson.getByText('1 of 3 exercises passed')).toBeVisible();
  });

  test('a wrong answer shows a failing test with its teaching message', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    // Steps along the gradient instead of against it.
    await typeCode(page, solution.replace('w -= learningRate * gradW;', 'w += learningRate * gradW;'));
    await panel(page).getByRole('button', { name: 'Check' }).click();
    await expect(panel(page).getByRole('status')).toHaveText(/^[0-8] of 9 tests passed$/, { timeout: 30_000 });
    const results = panel(page).getByRole('list', { name: 'Test results' });
    await expect(results.getByText('recovers an exact line (y = 3x − 2) — failed')).toBeVisible();
    await expect(results.getByText(/^Your \[w, b\] (is not close enough at index \[0\]: expected 3, got|holds)/).first()).toBeVisible();
  });

  test('an infinite loop times out while the page stays responsive', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    await typeCode(page, 'while (true) {}\nfunction fitLine() { return { w: 0, b: 0 }; }');
    await panel(page).getByRole('button', { name: 'Check' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('Checking…');
    // The page answers while the submission loops: a hint appears at once.
    await panel(page).getByRole('button', { name: 'Hint' }).click();
    await expect(panel(page).getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
    await expect(panel(page).getByRole('status')).toHaveText('0 of 9 tests passed', { timeout: 40_000 });
    await expect(
      panel(page).getByText('Your code did not finish within 10 s, so no test could run.', { exact: false }).first(),
    ).toBeVisible();
  });

  test('hints come one at a time; the solution opens beside the code after a Check, never over it', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    const exercise = panel(page);
    const hints = exercise.getByRole('list', { name: 'Hints' });
    await exercise.getByRole('button', { name: 'Hint' }).click();
    await expect(hints.getByRole('listitem')).toHaveCount(1);
    await expect(hints.getByRole('listitem').first()).toContainText('Hint 1 of 3');
    await exercise.getByRole('button', { name: 'Hint' }).click();
    await expect(hints.getByRole('listitem')).toHaveCount(2);

    const mine = '// my attempt 42\nfunction fitLine() { return { w: 1, b: 1 }; }\n';
    await typeCode(page, mine);
    const showSolution = exercise.getByRole('button', { name: 'Show solution' });
    await expect(showSolution).toBeDisabled();
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect(exercise.getByRole('status')).toHaveText(/of 9 tests passed$/, { timeout: 30_000 });
    await expect(showSolution).toBeEnabled();
    await showSolution.click();
    const confirm = exercise.getByRole('group', { name: 'Confirm showing the solution' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Yes, show it' }).click();
    const reference = exercise.getByRole('region', { name: 'Reference solution' });
    await expect(reference).toBeVisible();
    await expect(reference.getByText('residual.mul(xs)', { exact: false }).first()).toBeVisible({ timeout: 20_000 });
    // Monaco took over the editor when editing started, and the solution is in its side-by-side diff editor.
    await expect(exercise.locator('.exercise-monaco')).toBeVisible();
    await expect(reference.locator('.exercise-diff .monaco-diff-editor')).toBeVisible();

    // The learner's code is intact, in the editor and in storage.
    await expect(exercise.locator('.exercise-monaco, textarea').first()).toContainText('my attempt 42');
    const saved = await page.evaluate(
      () => JSON.parse(localStorage.getItem('runfirst:progress') ?? '{}') as { exercises: Record<string, { code: string }> },
    );
    expect(saved.exercises['fit-a-line']?.code).toBe(mine);
    expect(saved.exercises['fit-a-line']).toMatchObject({ hintsUsed: 2, solutionViewed: true, status: 'attempted' });
    await page.reload();
    await expect(hints.getByRole('listitem')).toHaveCount(2);
  });

  test('exercises appear in their lesson after the theory', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const practice = panel(page);
    await expect(practice.getByRole('button', { name: 'Check' })).toBeVisible();
    const order = await page.evaluate(() => {
      const theory = [...document.querySelectorAll('details')].pop();
      const exercise = document.querySelector('.exercise-panel');
      return theory && exercise ? theory.compareDocumentPosition(exercise) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
  });

  test('Run shows the scratch output of the code in the editor', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    await typeCode(
      page,
      "console.log('hello from', 'run');\nconsole.log(tf.tensor([1, 2]).mul(3).arraySync());\ntf.tensor([7, 8]).print();",
    );
    await panel(page).getByRole('button', { name: 'Run' }).click();
    const output = panel(page).getByRole('log', { name: 'Scratch output' });
    await expect(output).toContainText('hello from run', { timeout: 30_000 });
    await expect(output).toContainText('[3, 6]');
    await expect(output).toContainText('[7, 8]');
    await expect(panel(page).getByRole('status')).toHaveText(/^Run finished in \d+\.\d s$/);
  });

  test('a reference solution of every lesson and of every grader tool passes in the browser too (the node proof of all, repeated on the real workers)', async ({
    page,
  }) => {
    // The node proof (test/exercises/) grades every exercise on the grading backend the browser
    // uses; this repeats a sample of them on the real workers: one exercise per lesson, chosen to
    // cover every tool the tests and solutions call (ml.*, source.*, data.load, models.load, log.*,
    // the learner's own tests). About 7 s each on a busy 2-core machine. (`npm run bench`, figure 7,
    // checks every exercise's solution in the browser, three times each.)
    test.setTimeout(300_000);
    const root = new URL('../exercises/', import.meta.url);
    const failures: string[] = [];
    for (const { id, title } of browserSample(root)) {
      await page.goto(`/exercises/${id}/`);
      const exercise = exercisePanel(page, title);
      await setExerciseCode(page, exercise, readFileSync(new URL(`${id}/solution.js`, root), 'utf8'));
      await exercise.getByRole('button', { name: 'Check' }).click();
      const status = exercise.getByRole('status');
      await expect(status).toHaveText(/^\d+ of \d+ tests passed$/, { timeout: 90_000 });
      const [passed, total] = ((await status.textContent()) ?? '').match(/\d+/g) ?? [];
      if (passed !== total) failures.push(`${id}: ${await exercise.getByRole('list', { name: 'Test results' }).innerText()}`);
    }
    expect(failures).toEqual([]);
  });
});
