import { readFileSync } from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import { cellOf, exercisePanel, kernelStatus, outputOf, runCell, setCode, setExerciseCode } from './helpers';

/**
 * The site built under a base path (RUNFIRST_BASE, e.g. /our-course/) and served as GitHub Pages
 * serves a fork: only under the base, with no cross-origin isolation headers
 * (playwright.base.config.ts). The learner arrives at the home page and follows links; every
 * page, script, worker, wasm binary, data set, model and search file must come from under the
 * base, so any request that fails or answers 4xx/5xx fails the test.
 */
const test = base.extend<{ network: { served: string[] } }>({
  network: [
    async ({ page }, use) => {
      const failed: string[] = [];
      const served: string[] = [];
      // Dedicated workers' requests (tfjs, wasm, data, models) are reported on the page too.
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        else served.push(response.url());
      });
      page.on('requestfailed', (request) => {
        const error = request.failure()?.errorText ?? '';
        // A navigation or a finished worker cancels what it no longer needs; that is not a missing file.
        if (!error.includes('ERR_ABORTED')) failed.push(`${error} ${request.url()}`);
      });
      await use({ served });
      expect(failed, 'requests that failed or were not found under the base path').toEqual([]);
    },
    { auto: true },
  ],
});

const solution = readFileSync(new URL('../exercises/fit-a-line/solution.js', import.meta.url), 'utf8');

/** A link in the site header (Search, Exercises, Scratchpad, …). */
const siteLink = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });

/** The base path the site was built with, from the test's own base URL ("/our-course/"). */
const basePath = (page: Page) => new URL(page.url()).pathname.match(/^\/[^/]+\//)?.[0] ?? '/';

test.describe('the site under a base path', () => {
  test('the home page links to a lesson whose first cell runs, on a host without isolation headers', async ({ page, baseURL, network }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep learning, run first');
    const firstLesson = page.locator('.course-map a').first();
    const title = ((await firstLesson.textContent()) ?? '').replace(/^\s*\d+\.\s*/, '').trim();
    await firstLesson.click();
    await expect(page).toHaveURL(new RegExp(`^${baseURL}lessons/[^/]+/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // GitHub Pages sends no COOP/COEP: the page is not isolated, so WASM runs on one thread.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await runCell(cellOf(page, 1));
    // The kernel found its .wasm binaries under the base (a missing one falls back to CPU).
    await expect(kernelStatus(page)).toContainText('WASM');
    // The kernel worker's own requests were watched too: its .wasm binary came from under the base.
    expect(network.served.filter((url) => url.startsWith(`${baseURL}_astro/`) && url.endsWith('.wasm'))).not.toEqual([]);
  });

  test('an exercise reached by links passes with its solution', async ({ page }) => {
    await page.goto('./');
    await siteLink(page, 'Exercises').click();
    await page.getByRole('link', { name: 'Fit a line by hand with gradient descent' }).click();
    const panel = exercisePanel(page, 'Fit a line by hand with gradient descent');
    await setExerciseCode(page, panel, solution);
    await panel.getByRole('button', { name: 'Check' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^(\d+) of \1 tests passed$/, { timeout: 30_000 });
  });

  test('search finds a lesson and its result opens it', async ({ page, baseURL }) => {
    await page.goto('./');
    await siteLink(page, 'Search').click();
    await page.getByRole('searchbox', { name: 'Search lessons' }).fill('entropy');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const result = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: /Your first model/ });
    await expect(result).toHaveAttribute('href', new RegExp(`^${basePath(page)}lessons/first-model/`));
    await result.click();
    await expect(page).toHaveURL(`${baseURL}lessons/first-model/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Your first model/);
  });

  test('data sets, MNIST and the pretrained model load from under the base, in the scratchpad', async ({ page, baseURL, network }) => {
    await page.goto('./');
    await siteLink(page, 'Scratchpad').click();
    const cell = cellOf(page, 3);
    await setCode(
      page,
      cell,
      [
        "const digits = await data.load('digits');",
        "const mnist = await data.load('mnist', { resolution: 8 });",
        "const model = await models.load('digits-base');",
        "console.log('digits', digits.xTrain.shape.join('x'), 'mnist', mnist.featureShape.join('x'), 'model', model.layers.length > 0);",
      ].join('\n'),
    );
    await runCell(cell);
    await expect(outputOf(cell)).toContainText(/digits \d+x64 mnist 64 model true/);
    for (const folder of ['data/', 'models/digits-base/']) {
      expect(network.served.some((url) => url.startsWith(`${baseURL}${folder}`))).toBe(true);
    }
  });

  test('a cell serves a model from its own worker, loaded from under the base', async ({ page, baseURL, network }) => {
    await page.goto('./');
    await siteLink(page, 'Scratchpad').click();
    const cell = cellOf(page, 1);
    await setCode(
      page,
      cell,
      [
        "const model = await models.load('digits-base');",
        "const svc = await service.start(model, { version: 'base-1', input: { shape: [64] } });",
        'const answer = await svc.request({ instances: [new Array(64).fill(0)] });',
        "console.log('answer', answer.status, answer.version, answer.predictions.length);",
        'await svc.stop();',
      ].join('\n'),
    );
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('answer 200 base-1 1');
    expect(network.served.some((url) => url.startsWith(baseURL ?? '') && /service\.worker/.test(url))).toBe(true);
  });

  test('the guide links within the base, and the speed page measures WASM', async ({ page, baseURL }) => {
    await page.goto('./');
    await siteLink(page, 'Authoring guide').click();
    await page.getByRole('article').getByRole('link', { name: 'lesson format reference' }).first().click();
    await expect(page).toHaveURL(`${baseURL}guide/lesson-format/`);

    await siteLink(page, 'Speed check').click();
    await page.getByRole('combobox', { name: 'Backends' }).selectOption('wasm');
    await page.getByRole('button', { name: 'Measure matrix multiply' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/Finished in \d+\.\d s\./, { timeout: 60_000 });
    const wasm = page.getByRole('table', { name: /Matrix multiply/ }).getByRole('row', { name: /WASM/ });
    for (const cell of await wasm.first().getByRole('cell').all()) await expect(cell).toHaveText(/^\d+\.\d$/);
  });
});

test.describe('threads on a host without isolation headers', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker saves the course from under the base, then adds the headers: the next page has WASM threads and the kernel bar says why', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.goto('./');
    // The first page came from the host alone: not isolated.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText(/^Available offline/, { timeout: 180_000 });

    await page
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /Your first model/ })
      .click();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await page.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
    await runCell(cellOf(page, 1), { timeout: 90_000 });
    await expect(kernelStatus(page)).toHaveText(
      /^Kernel ready on WASM, threads on \([^)]+\)\. This host sends no isolation headers: the site's service worker adds them$/,
    );
  });
});
