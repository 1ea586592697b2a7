import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { cellOf, outputOf, runCell, setCode } from './helpers';

/**
 * A learner's own model in the browser: models.save to IndexedDB from the kernel worker and back
 * (also after a reload, in a new kernel), models.save to downloads:// as a real download from a
 * link in the Output, models.sizeOf agreeing with the downloaded files, and show.bars as a named
 * figure with its summary. The node side of each is in test/runtime/models/saved-models.test.ts.
 */
const SAVE = [
  "const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4], kernelInitializer: 'ones', biasInitializer: 'ones' })] });",
  'const x = tf.tensor2d([[1, 2, 3, 4]]);',
  "const saved = await models.save(model, 'indexeddb://e2e-small');",
  "const back = await models.load('indexeddb://e2e-small');",
  "console.log('saved bytes', saved.bytes, 'weight bytes', saved.weightBytes);",
  "console.log('loaded predicts', Array.from(back.predict(x).dataSync()).join(','));",
  "await models.save(model, 'downloads://digits');",
  "console.log('size of', await models.sizeOf(model));",
  "show.bars([{ name: 'float32', bytes: 400 }, { name: 'int8', bytes: 100 }], { x: 'name', y: 'bytes', title: 'Model size' });",
].join('\n');

test.describe('model files', () => {
  test('save to IndexedDB and load back, also after a reload; download the model from a link; a bar chart', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 3);
    await setCode(page, cell, SAVE);
    await runCell(cell);
    const output = outputOf(cell);
    // 4 inputs × 3 units of ones + 3 biases of one: every output is 1 + 2 + 3 + 4 + 1 = 11.
    await expect(output).toContainText('loaded predicts 11,11,11');
    await expect(output).toContainText('saved bytes');
    const printed = (await output.innerText()).match(/saved bytes (\d+) weight bytes (\d+)/);
    expect(printed).not.toBeNull();
    const [bytes, weightBytes] = [Number(printed![1]), Number(printed![2])];
    expect(weightBytes).toBe((4 * 3 + 3) * 4);
    await expect(output).toContainText(`size of ${bytes}`);

    // The download: a link named for the model, saving name.zip with model.json and weights.bin.
    const link = output.getByRole('link', { name: 'Download digits model' });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('digits.zip');
    const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    // (A zip tool shows the folder digits/ too: fflate writes its directory entry.)
    expect(
      Object.keys(zip)
        .filter((path) => !path.endsWith('/'))
        .sort(),
    ).toEqual(['digits/model.json', 'digits/weights.bin']);
    expect(zip['digits/weights.bin']!.byteLength).toBe(weightBytes);
    expect(zip['digits/model.json']!.byteLength + weightBytes).toBe(bytes);
    const modelJson = JSON.parse(new TextDecoder().decode(zip['digits/model.json'])) as { weightsManifest: Array<{ paths: string[] }> };
    expect(modelJson.weightsManifest[0]!.paths).toEqual(['./weights.bin']);

    // The bar chart: a named figure whose summary gives every value.
    const bars = output.getByRole('figure', { name: 'Bar chart: Model size' });
    await expect(bars).toBeVisible();
    await expect(bars).toContainText('2 bars of bytes: float32 400, int8 100. Largest: float32 400; smallest: int8 100.');

    // The link and the bars pass axe (contrast, names) in the Output.
    const { violations } = await new AxeBuilder({ page }).include('.cell-output').analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    // IndexedDB outlives the page: a new kernel after a reload loads the same model.
    await page.reload();
    const again = cellOf(page, 3);
    await setCode(
      page,
      again,
      [
        "const m = await models.load('indexeddb://e2e-small');",
        "console.log('after reload', Array.from(m.predict(tf.tensor2d([[1, 2, 3, 4]])).dataSync()).join(','));",
      ].join('\n'),
    );
    await runCell(again);
    await expect(outputOf(again)).toContainText('after reload 11,11,11');

    // A model never saved: the error names what is saved in this browser and how to save it.
    await setCode(page, again, "await models.load('indexeddb://never-saved');");
    await runCell(again, { outcome: 'error' });
    await expect(outputOf(again)).toContainText(
      "models.load('indexeddb://never-saved'): no model is saved as 'never-saved' in this browser. Saved: 'e2e-small'.",
    );
  });
});
