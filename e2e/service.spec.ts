import { expect, test, type Page } from '@playwright/test';
import { cellOf, outputOf, runCell, setCode } from './helpers';

/**
 * The model service in the browser: a cell starts a service (a worker nested in the kernel
 * worker), and every kind of request is answered as data: good ones 200, malformed ones and huge
 * batches 400 naming the field, a model that throws 500, a stopped service 503, and a service
 * stopped while it loads lets its start fail and answers every pending request. Stop and Restart
 * of the kernel end the service's worker too.
 */

const SMALL_MODEL = `const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3, activation: 'softmax' })] });`;

/** The service workers the page has (Chromium reports nested dedicated workers as workers too). */
const serviceWorkers = (page: Page) => page.workers().filter((worker) => /service\.worker/.test(worker.url()));

test.describe('the model service', () => {
  test('answers good, malformed, huge, failing and late requests as data, and the page keeps responding', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(
      page,
      cell,
      [
        SMALL_MODEL,
        `const svc = await service.start(model, { version: 'small-1', input: { shape: [4], min: 0, max: 1 }, maxInstances: 8, batching: { maxBatchSize: 8, maxQueueWaitMs: 2 } });`,
        `const show1 = (name, a) => console.log(name, a.status, a.version, a.status === 200 ? a.predictions.map((p) => p.label).join(',') : a.error.message);`,
        `show1('good', await svc.request({ instances: [[1, 0, 0, 0], [0, 0, 1, 0]] }));`,
        `show1('range', await svc.request({ instances: [[0, 2, 0, 0]] }));`,
        `show1('json', await svc.request('{"instances": [[0,'));`,
        `show1('huge', await svc.request({ instances: Array(100000).fill([0, 0, 0, 0]) }));`,
        `const burst = await Promise.all(Array.from({ length: 20 }, () => svc.request({ instances: [[0, 0, 0, 1]] })));`,
        `console.log('burst', burst.filter((a) => a.status === 200).length, 'batches', svc.stats().batches);`,
        `const wrong = await service.start(model, { version: 'wrong-1', input: { shape: [3] } });`,
        `show1('throws', await wrong.request({ instances: [[0, 0, 0]] }));`,
        `await wrong.stop();`,
        `show1('stopped', await wrong.request({ instances: [[0, 0, 0]] }));`,
        `const loading = service.start(model, { version: 'late-1', input: { shape: [4] } });`,
        `await sleep(0);`,
        `await service.stopAll();`,
        `console.log('mid-load', await loading.then(() => 'started', (e) => e.message));`,
        `show1('after stopAll', await svc.request({ instances: [[0, 0, 0, 0]] }));`,
        `console.log('running', service.running);`,
      ].join('\n'),
    );
    await runCell(cell);
    const output = outputOf(cell);
    await expect(output).toContainText('good 200 small-1');
    await expect(output).toContainText('range 400 small-1 instances[0][1]: expected a number in [0, 1], got 2');
    await expect(output).toContainText('json 400 small-1 (body): expected JSON text');
    await expect(output).toContainText('huge 400 small-1 instances: expected at most 8 instances per request, got 100000 instances');
    await expect(output).toContainText(/burst 20 batches \d+/);
    await expect(output).toContainText(/throws 500 wrong-1 the model failed on this batch: .*shape/);
    await expect(output).toContainText('stopped 503 wrong-1 the service is stopped');
    await expect(output).toContainText('mid-load service.start: the service was stopped before its model loaded');
    await expect(output).toContainText('after stopAll 503 small-1 the service is stopped');
    await expect(output).toContainText('running 0');
    const batches = Number(/burst 20 batches (\d+)/.exec(await output.innerText())?.[1]);
    expect(batches, 'twenty requests at once share batches').toBeLessThan(20);
  });

  test('a bad option or a non-model fails the cell with a clear error', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(page, cell, `${SMALL_MODEL}\nawait service.start(model, { input: { shape: [4] }, maxInstances: 0 });`);
    await runCell(cell, { outcome: 'error' });
    await expect(outputOf(cell)).toContainText('service options: maxInstances: expected a whole number ≥ 1, got 0');
    await setCode(page, cell, `await service.start({ layers: 3 }, { input: { shape: [4] } });`);
    await runCell(cell, { outcome: 'error' });
    await expect(outputOf(cell)).toContainText('service.start: expected a tf.LayersModel');
  });

  for (const end of ['Stop', 'Restart'] as const) {
    test(`${end} of the kernel ends the service's worker`, async ({ page }) => {
      await page.goto('/scratch/');
      const cell = cellOf(page, 1);
      await setCode(
        page,
        cell,
        `${SMALL_MODEL}\nconst svc = await service.start(model, { input: { shape: [4] } });\nconsole.log('status', (await svc.request({ instances: [[0, 0, 0, 0]] })).status);\n${end === 'Stop' ? 'await sleep(60000);' : ''}`,
      );
      if (end === 'Stop') {
        await cell.getByRole('button', { name: 'Run' }).click();
        await expect(outputOf(cell)).toContainText('status 200', { timeout: 45_000 });
      } else {
        await runCell(cell);
        await expect(outputOf(cell)).toContainText('status 200');
      }
      await expect.poll(() => serviceWorkers(page).length, { message: 'the service worker is running' }).toBe(1);
      const [closed] = serviceWorkers(page).map((worker) => new Promise<void>((resolve) => worker.once('close', () => resolve())));
      if (end === 'Stop') await cell.getByRole('button', { name: 'Stop' }).click();
      else await page.getByRole('button', { name: 'Restart' }).click();
      await closed;
      await expect.poll(() => serviceWorkers(page).length).toBe(0);
    });
  }
});
