import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { logMessages } from '../src/i18n/catalog/en/log';
import { LOG_DATABASE, LOG_OBJECT_STORE, logKey } from '../src/runtime/log/log-store';
import { cellOf, outputOf, runCell, setCode } from './helpers';

/**
 * The experiment log (`log`, issue 10) in the scratchpad (lesson id `scratch`): runs recorded in
 * a cell are still there after Restart and after a reload; log.compare's panel exports them as
 * JSON and CSV; a malformed import is refused with a clear message and changes nothing; and a
 * stored log that cannot be read is kept aside while the learner is told.
 */

const RECORD = [
  'await log.clear();',
  'for (const seed of [1, 2, 3]) {',
  "  await log.record({ name: 'baseline', seed, config: { lr: 0.01 }, figures: { accuracy: 0.9 + seed / 100 }, curves: { loss: [1, 0.5, 0.25] } });",
  '}',
  "await log.record({ name: 'wider', seed: 1, config: { lr: 0.01, width: 64 }, figures: { accuracy: 0.95 }, curves: { loss: [0.8, 0.4] } });",
  "console.log('recorded', (await log.runs()).length);",
].join('\n');

const COMPARE = "await log.compare({ curve: 'loss' });";
const COUNT = "console.log('runs in the log:', (await log.runs()).length);";

/** The panel's controls, by the names the catalog gives them. */
const panelOf = (output: Locator) => output.getByRole('region', { name: logMessages.panelTitle() });
/** The panel's live line saying what an export or import did. */
const noteOf = (panel: Locator) => panel.locator('[aria-live="polite"]');

/** Runs COMPARE in cell 2 and checks the table shows the four runs pooled by name. */
async function compareShowsTheRuns(page: Page): Promise<Locator> {
  const cell = cellOf(page, 2);
  await setCode(page, cell, COMPARE);
  await runCell(cell);
  const output = outputOf(cell);
  const table = output.getByRole('table', { name: 'Experiment log' });
  // Seeds 1–3: mean 0.92, s = 0.01, half-width 4.303 · 0.01 / √3 = 0.02484.
  await expect(table.getByRole('row', { name: 'baseline 3 0.92 0.8952 … 0.9448' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'wider 1 0.95 —' })).toBeVisible();
  await expect(output.getByRole('figure', { name: 'Line chart: loss, mean over seeds' })).toBeVisible();
  return output;
}

/** Chooses a file with the panel's Import experiment log button. */
async function importFile(page: Page, panel: Locator, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: logMessages.importLog() }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Runs COUNT in cell 3 and returns its Output. */
async function countRuns(page: Page): Promise<Locator> {
  const cell = cellOf(page, 3);
  await setCode(page, cell, COUNT);
  await runCell(cell);
  return outputOf(cell);
}

test.describe('experiment log', () => {
  test('runs survive Restart and a reload, and export as JSON and CSV', async ({ page }) => {
    await page.goto('/scratch/');
    const record = cellOf(page, 1);
    await setCode(page, record, RECORD);
    await runCell(record);
    await expect(outputOf(record)).toContainText('recorded 4');
    await compareShowsTheRuns(page);

    await page.getByRole('button', { name: 'Restart' }).click();
    await compareShowsTheRuns(page);

    await page.reload();
    const output = await compareShowsTheRuns(page);
    const panel = panelOf(output);

    const json = page.waitForEvent('download');
    await panel.getByRole('button', { name: logMessages.exportJson() }).click();
    const jsonFile = await json;
    expect(jsonFile.suggestedFilename()).toBe('experiment-log-scratch.json');
    const exported = JSON.parse(await readFile(await jsonFile.path(), 'utf8')) as {
      lesson: string;
      runs: { name: string; seed: number }[];
    };
    expect(exported.lesson).toBe('scratch');
    expect(exported.runs.map((run) => `${run.name} ${run.seed}`)).toEqual(['baseline 1', 'baseline 2', 'baseline 3', 'wider 1']);
    await expect(noteOf(panel)).toHaveText('Exported 4 runs.');

    const csv = page.waitForEvent('download');
    await panel.getByRole('button', { name: logMessages.exportCsv() }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe('experiment-log-scratch.csv');
    const lines = (await readFile(await csvFile.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFname,seed,recordedAt,id,config.lr,config.width,figures.accuracy,curves.loss.last,curves.loss.length');
    expect(lines.slice(1, 5).map((line) => line.split(',').slice(0, 2).join(' '))).toEqual([
      'baseline 1',
      'baseline 2',
      'baseline 3',
      'wider 1',
    ]);
    expect(lines[4]).toMatch(/,0\.01,64,0\.95,0\.4,2$/);
  });

  test('a malformed import is refused and changes nothing; a good one adds its runs', async ({ page }) => {
    await page.goto('/scratch/');
    const record = cellOf(page, 1);
    await setCode(page, record, RECORD);
    await runCell(record);
    const panel = panelOf(await compareShowsTheRuns(page));

    await importFile(page, panel, 'broken.json', '{"runs": [');
    await expect(panel.getByRole('alert').first()).toHaveText(
      'This file is not JSON, so it cannot be an experiment log. Choose a file saved with Export experiment log as JSON. Nothing in the log was changed.',
    );
    const wrongRun = {
      format: 'runfirst-experiment-log',
      version: 1,
      lesson: 'scratch',
      runs: [{ id: 'x', recordedAt: 'now', name: 'deeper', figures: { accuracy: '96 %' } }],
    };
    await importFile(page, panel, 'wrong.json', JSON.stringify(wrongRun));
    await expect(panel.getByRole('alert').first()).toHaveText(
      'This file cannot be imported: runs.0.figures.accuracy: expected a number, received text. Choose a file saved with Export experiment log as JSON, unchanged. Nothing in the log was changed.',
    );
    await expect(await countRuns(page)).toContainText('runs in the log: 4');

    const goodRun = { ...wrongRun.runs[0], figures: { accuracy: 0.96 } };
    await importFile(page, panel, 'good.json', JSON.stringify({ ...wrongRun, runs: [goodRun] }));
    await expect(noteOf(panel)).toHaveText('Imported 1 run.');
    await expect(panel.getByRole('alert').first()).toHaveText('');
    await expect(await countRuns(page)).toContainText('runs in the log: 5');
  });

  test('a stored log that cannot be read is kept aside and the learner told', async ({ page }) => {
    await page.goto('/scratch/');
    const record = cellOf(page, 1);
    await setCode(page, record, RECORD);
    await runCell(record);

    // Damage the stored record as a broken extension or a bad disk might.
    const damaged = { format: 'runfirst-experiment-log', version: 1, lesson: 'scratch', runs: 'half a log' };
    await page.evaluate(
      ({ database, store, key, value }) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open(database, 1);
          opening.onerror = () => reject(opening.error ?? new Error('IndexedDB did not open'));
          opening.onsuccess = () => {
            const transaction = opening.result.transaction(store, 'readwrite');
            transaction.objectStore(store).put(value, key);
            transaction.oncomplete = () => {
              opening.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
          };
        }),
      { database: LOG_DATABASE, store: LOG_OBJECT_STORE, key: logKey('scratch'), value: damaged },
    );

    const output = await countRuns(page);
    await expect(output).toContainText('runs in the log: 0');
    await expect(output).toContainText(
      'The experiment log saved for this lesson could not be read (runs: expected a list, received text. The stored log is damaged.), so it was kept aside under "kept-aside:scratch:',
    );
    const kept = await page.evaluate(
      ({ database, store }) =>
        new Promise<{ key: string; value: unknown }[]>((resolve, reject) => {
          const opening = indexedDB.open(database, 1);
          opening.onerror = () => reject(opening.error ?? new Error('IndexedDB did not open'));
          opening.onsuccess = () => {
            const objects = opening.result.transaction(store).objectStore(store);
            const keys = objects.getAllKeys();
            const values = objects.getAll();
            values.onsuccess = () => {
              opening.result.close();
              resolve(
                keys.result.map((key, i) => ({
                  key: typeof key === 'string' ? key : JSON.stringify(key),
                  value: values.result[i] as unknown,
                })),
              );
            };
          };
        }),
      { database: LOG_DATABASE, store: LOG_OBJECT_STORE },
    );
    const aside = kept.filter(({ key }) => key.startsWith('kept-aside:scratch:'));
    expect(aside.map(({ value }) => value)).toEqual([damaged]);

    // The log carries on: a new run is kept and the notice is not repeated.
    const again = cellOf(page, 2);
    await setCode(page, again, "await log.record({ name: 'fresh start' });\nconsole.log('runs now:', (await log.runs()).length);");
    await runCell(again);
    await expect(outputOf(again)).toContainText('runs now: 1');
    await expect(outputOf(again)).not.toContainText('could not be read');
  });
});
