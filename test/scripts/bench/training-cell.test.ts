import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainingMismatches } from '../../../scripts/bench/training-cell.ts';

/** The code of the first ```js run fence that uses show.fitCallbacks in a lesson file. */
function trainingCell(lessonFile: string): string {
  const markdown = readFileSync(new URL(`../../../lessons/${lessonFile}`, import.meta.url), 'utf8');
  const cell = [...markdown.matchAll(/```js run[^\n]*\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .find((code) => code.includes('show.fitCallbacks'));
  if (!cell) throw new Error(`${lessonFile} has no training cell`);
  return cell;
}

describe('the bare worker trains what lesson 1 trains', () => {
  it("matches lesson 1's training cell", () => {
    expect(trainingMismatches(trainingCell('first-model.md'))).toEqual([]);
  });

  it('names what differs', () => {
    const changed = trainingCell('first-model.md')
      .replace(/epochs:\s*15/, 'epochs: 3')
      .replace('adam(0.01)', 'sgd(0.1)')
      .replace('loss: tf.losses.softmaxCrossEntropy', "loss: 'categoricalCrossentropy'");
    expect(trainingMismatches(changed)).toEqual(['epochs: 15', 'adam(0.01)', 'loss: tf.losses.softmaxCrossEntropy']);
  });

  it('names a cell that no longer measures the loss before training, which the bare worker does too', () => {
    const changed = trainingCell('first-model.md').replace(/const startLoss = [^\n]*\n/, 'const startLoss = 2.3;\n');
    expect(trainingMismatches(changed)).toEqual(['the loss before training (softmaxCrossEntropy of model.predict(digits.xTrain))']);
  });
});

describe("the kernel's reported run time", () => {
  it('reads milliseconds and seconds from the status, NaN otherwise', async () => {
    const { reportedMs } = await import('../../../scripts/bench/training.ts');
    expect(reportedMs('Ran in 812 ms — done')).toBe(812);
    expect(reportedMs('Ran in 1.5 s — done')).toBe(1500);
    expect(reportedMs('Failed — error')).toBeNaN();
  });
});
