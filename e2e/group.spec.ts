import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { exercisePanel } from './helpers';

/**
 * The Group progress page, driven by role and accessible name: learners export from their own
 * browsers, a group lead adds the files and reads the board, then downloads it as CSV.
 */

const FIT = 'Fit a line by hand with gradient descent';
const SOFTMAX = 'Numerically stable softmax and cross-entropy';
const at = 1_764_000_000_000;

/** Stored progress (format 2, as an older build left it; the page migrates it). */
const stored = (exercises: Record<string, object>) => ({ version: 2, cells: {}, exercises, updatedAt: at });
const passed = (attempts: number, hintsUsed = 0) => ({ status: 'passed', attempts, hintsUsed, solutionViewed: false, passedAt: at });
const attempted = (attempts: number, hintsUsed = 0) => ({ status: 'attempted', attempts, hintsUsed, solutionViewed: false });

/** In a fresh browser context: the learner's stored progress, then `act`, their name typed, Export progress; returns the file. */
async function exportFrom(
  browser: Browser,
  testInfo: TestInfo,
  { name, progress, fileName, act }: { name: string; progress: object; fileName: string; act?: (page: Page) => Promise<void> },
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/progress/');
  // Import is enabled once the page's script has read the store, which it may save as it starts.
  await expect(page.getByRole('button', { name: 'Import progress' })).toBeEnabled();
  await page.evaluate((data) => localStorage.setItem('runfirst:progress', JSON.stringify(data)), progress);
  await act?.(page);
  await page.goto('/progress/');
  await page.getByLabel('Your name (optional)').fill(name);
  await page.reload(); // the name is kept with the progress
  await expect(page.getByLabel('Your name (optional)')).toHaveValue(name);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  // The file is named after the learner, so a group's files differ.
  expect(download.suggestedFilename()).toMatch(new RegExp(`^runfirst-progress-${name.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const path = testInfo.outputPath(fileName);
  await download.saveAs(path);
  await context.close();
  return path;
}

/** An exported file written by hand, as another learner's browser would have saved it. */
function handWritten(testInfo: TestInfo, fileName: string, learnerName: string, exercises: Record<string, object>): string {
  const path = testInfo.outputPath(fileName);
  const progress = { version: 3, cells: {}, exercises, updatedAt: at, learnerName };
  writeFileSync(
    path,
    JSON.stringify({ format: 'runfirst-progress', exportedAt: '2026-12-01T10:00:00.000Z', courseVersion: '0.1.0+00000000', progress }),
  );
  return path;
}

const learnersTable = (page: Page) => page.getByRole('table', { name: 'Progress by learner' });
const exercisesTable = (page: Page) => page.getByRole('table', { name: 'Pass rate by exercise' });
const rowOf = (table: Locator, header: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
const notShown = (page: Page) => page.getByRole('list', { name: 'Files not shown' }).getByRole('listitem');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing|^No files/ });

/** The cell of `row` under the column headed `title` of the learners table. */
async function cellUnder(page: Page, row: Locator, title: string): Promise<Locator> {
  const headers = await learnersTable(page).getByRole('columnheader').allTextContents();
  const column = headers.indexOf(title);
  expect(column, `a column headed "${title}" in ${JSON.stringify(headers)}`).toBeGreaterThan(0);
  return row.getByRole('cell').nth(column - 1); // the row header takes column 0
}

test.describe('group progress', () => {
  test("a board from two learners' exports and a malformed file: table, pass rates, hardest, CSV", async ({ browser, page }, testInfo) => {
    const ana = await exportFrom(browser, testInfo, {
      name: 'Ana',
      fileName: 'ana.json',
      progress: stored({ 'fit-a-line': passed(2), 'stable-softmax': attempted(3, 2) }),
    });
    const ben = await exportFrom(browser, testInfo, {
      name: 'Ben',
      fileName: 'ben.json',
      progress: stored({ 'stable-softmax': attempted(1) }),
      // A hint revealed on the exercise page, as Ben would, lands in his export.
      act: async (learner) => {
        await learner.goto('/exercises/fit-a-line/');
        const exercise = exercisePanel(learner, FIT);
        await exercise.getByRole('button', { name: 'Hint' }).click();
        await expect(exercise.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
      },
    });
    const exported = JSON.parse(readFileSync(ben, 'utf8')) as { courseVersion: string; progress: { learnerName: string; version: number } };
    expect(exported.progress).toMatchObject({ learnerName: 'Ben', version: 3 });
    expect(exported.courseVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    const broken = testInfo.outputPath('broken.json');
    writeFileSync(broken, '{"format": "runfirst-progress", "progress": ');

    await page.goto('/group/');
    await expect(summary(page)).toHaveText(
      'No files yet. Ask each learner to export their progress on Your progress and send you the file.',
    );
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    // Nothing leaves the browser: no request sends anything, and none goes to another site.
    const sent: string[] = [];
    const origin = new URL(page.url()).origin;
    page.on('request', (request) => {
      if (request.method() !== 'GET' || request.postData() !== null || !request.url().startsWith(origin))
        sent.push(`${request.method()} ${request.url()}`);
    });
    // Chosen by keyboard: the file input takes focus and opens the chooser on Space.
    const files = page.getByLabel('Progress files');
    await files.focus();
    const choosing = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await choosing).setFiles([ana, ben, broken]);

    await expect(summary(page)).toHaveText('Showing 2 learners from 3 files; 1 file not shown (see below).');
    await expect(notShown(page)).toHaveText([
      /^broken\.json: not a runfirst progress file: it is not valid JSON \(.+\)\. Ask for the file that Export progress saves\.$/,
    ]);
    const table = learnersTable(page);
    await expect(table.getByRole('rowheader')).toHaveText(['Ana', 'Ben', 'Pass rate']);
    await expect(await cellUnder(page, rowOf(table, 'Ana'), FIT)).toHaveText('Passed · 2 checks');
    await expect(await cellUnder(page, rowOf(table, 'Ana'), SOFTMAX)).toHaveText('Attempted · 3 checks · 2 hints');
    await expect(await cellUnder(page, rowOf(table, 'Ben'), FIT)).toHaveText('Not started · 1 hint');
    await expect(await cellUnder(page, rowOf(table, 'Ben'), SOFTMAX)).toHaveText('Attempted · 1 check');
    await expect(await cellUnder(page, rowOf(table, 'Pass rate'), FIT)).toHaveText('1 of 2 (50%)');
    await expect(await cellUnder(page, rowOf(table, 'Pass rate'), SOFTMAX)).toHaveText('0 of 2 (0%)');
    const exercises = (await table.getByRole('columnheader').count()) - 2; // all but Learner and Passed
    expect(exercises).toBeGreaterThanOrEqual(20);
    await expect(await cellUnder(page, rowOf(table, 'Ana'), 'Passed')).toHaveText(`1 of ${exercises}`);
    // Per exercise: Passed, Tried, Pass rate, Hints used, Checks.
    await expect(rowOf(exercisesTable(page), FIT).getByRole('cell')).toHaveText(['1', '1', '50%', '1', '2']);
    await expect(rowOf(exercisesTable(page), SOFTMAX).getByRole('cell')).toHaveText(['0', '2', '0%', '2', '4']);
    await expect(page.getByRole('region', { name: 'Hardest for this group' }).getByRole('listitem')).toHaveText([
      `${SOFTMAX}: 0 of 2 who tried it passed; 2 hints and 4 checks in all.`,
      `${FIT}: 1 of 1 who tried it passed; 1 hint and 2 checks in all.`,
    ]);
    expect(sent, 'files are read in the browser: nothing is sent anywhere').toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^runfirst-group-progress-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(page.getByRole('status').filter({ hasText: 'The table was saved as' })).toHaveText(
      `The table was saved as ${download.suggestedFilename()}.`,
    );
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(header!.slice(0, 5)).toEqual(['Learner', 'File', 'Course version', 'Exported at', 'Exercises passed']);
    const field = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(rows.map((row) => [row[0], row[1], field(row, 'Exercises passed')])).toEqual([
      ['Ana', 'ana.json', '1'],
      ['Ben', 'ben.json', '0'],
    ]);
    expect(
      rows.map((row) => [field(row, 'fit-a-line: status'), field(row, 'fit-a-line: checks'), field(row, 'fit-a-line: hints')]),
    ).toEqual([
      ['passed', '2', '0'],
      ['not started', '0', '1'],
    ]);
    expect(field(rows[0]!, 'stable-softmax: hints')).toBe('2');
    expect(field(rows[1]!, 'Course version')).toBe(exported.courseVersion);
    expect(header).toHaveLength(5 + 3 * exercises);
  });

  test('dropped files: hostile names stay text, the same file twice counts once, foreign, future and oversized files are listed', async ({
    page,
  }, testInfo) => {
    const script = handWritten(testInfo, 'script.json', '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>', {
      'fit-a-line': passed(1),
    });
    const formula = handWritten(testInfo, 'formula.json', '=HYPERLINK("http://example.com","x")', {});
    const future = testInfo.outputPath('future.json');
    writeFileSync(future, JSON.stringify({ format: 'runfirst-progress', progress: { version: 99 } }));
    const huge = testInfo.outputPath('huge.json');
    writeFileSync(huge, Buffer.alloc(11 * 1024 * 1024, 32));
    const foreign = testInfo.outputPath('package.json');
    writeFileSync(foreign, JSON.stringify({ name: 'something-else', version: '1.0.0' }));

    await page.goto('/group/');
    // The page enables its file input once its script listens for files, dropped or chosen.
    await expect(page.getByLabel('Progress files')).toBeEnabled();
    // Dropped on the page, as a file manager drops them.
    const toDrop = [script, formula].map((path) => ({ name: path.split('/').pop()!, text: readFileSync(path, 'utf8') }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    }, toDrop);
    await page.getByText('Drop exported progress files here, or choose them.').dispatchEvent('drop', { dataTransfer });
    await expect(summary(page)).toHaveText('Showing 2 learners from 2 files.');
    // Then chosen: the same file again, and three that cannot be shown.
    await page.getByLabel('Progress files').setInputFiles([script, future, foreign, huge]);
    await expect(summary(page)).toHaveText('Showing 2 learners from 6 files; 4 files not shown (see below).');
    await expect(notShown(page)).toHaveText([
      'script.json: the same export as script.json, counted once.',
      'future.json: written by a newer version of runfirst (progress format 99). Open the group board on the newer site to read it.',
      'package.json: not a runfirst progress file (it has no "runfirst-progress" marker). Ask for the file that Export progress saves.',
      'huge.json: too large to be a progress file (11.0 MB; the limit is 10 MB). It was not read.',
    ]);
    const table = learnersTable(page);
    await expect(table.getByRole('rowheader')).toHaveText([
      '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>',
      '=HYPERLINK("http://example.com","x")',
      'Pass rate',
    ]);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByRole('main').locator('img, table script')).toHaveCount(0);
    await expect(
      page.getByText(/^Some files were exported from another version of the course \(0\.1\.0\+00000000\); this site is /),
    ).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const lines = readFileSync(await (await downloading).path(), 'utf8').split('\r\n');
    // Markup is no formula: kept as it is, quoted for its quotes.
    expect(lines[1]).toMatch(/^"<img src=x onerror=""window\.pwned=1""><script>window\.pwned=1<\/script>",script\.json,/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/example\.com"",""x""\)",formula\.json,0\.1\.0\+00000000,/);

    await page.getByRole('button', { name: 'Clear the board' }).click();
    await expect(summary(page)).toHaveText(/^No files yet\./);
    await expect(table).toBeHidden();
  });

  for (const { screen, viewport } of [
    { screen: 'phone', viewport: { width: 390, height: 844 } },
    { screen: 'laptop', viewport: { width: 1366, height: 650 } },
  ]) {
    test(`a filled board on a ${screen}: no sideways page scroll (the table scrolls in its own region), no serious axe violations`, async ({
      browser,
    }, testInfo) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const many = Object.fromEntries(['fit-a-line', 'stable-softmax', 'knn-tensors', 'mixup-pairs'].map((id) => [id, attempted(2, 1)]));
      await page.goto('/group/');
      await expect(page.getByLabel('Progress files')).toBeEnabled();
      await page
        .getByLabel('Progress files')
        .setInputFiles([
          handWritten(testInfo, 'a.json', 'Ana María Fernández-López', many),
          handWritten(testInfo, 'b.json', 'Ben', { 'fit-a-line': passed(1) }),
        ]);
      await expect(learnersTable(page)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const region = page.getByRole('region', { name: 'Progress by learner (scrolls sideways)' });
      const widths = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(widths.scroll, 'a column per exercise is wider than the screen').toBeGreaterThan(widths.client);
      await region.focus();
      await expect(region).toBeFocused();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await context.close();
    });
  }
});
