/**
 * Finds the lesson's training cell (the one that calls show.fitCallbacks) and checks that it
 * trains what the bare worker trains (src/bench/train-digits.ts), so their speeds compare.
 */
import type { Page } from '@playwright/test';
import { LESSON_TRAINING } from '../../src/bench/train-digits.ts';
import { cellIds, cellSource } from './lesson-page.ts';

/** The id of the first cell whose code uses show.fitCallbacks. */
export async function findTrainingCell(page: Page): Promise<string> {
  for (const id of await cellIds(page)) {
    if ((await cellSource(page, id)).includes('show.fitCallbacks')) return id;
  }
  throw new Error(`no cell on ${page.url()} trains with show.fitCallbacks`);
}

/** What in `source` differs from the bare worker's training settings (empty when they match). */
export function trainingMismatches(source: string): string[] {
  const expected: Array<[string, RegExp]> = [
    [`epochs: ${LESSON_TRAINING.epochs}`, new RegExp(`epochs:\\s*${LESSON_TRAINING.epochs}\\b`)],
    [`batchSize: ${LESSON_TRAINING.batchSize}`, new RegExp(`batchSize:\\s*${LESSON_TRAINING.batchSize}\\b`)],
    [`units: ${LESSON_TRAINING.hiddenUnits}`, new RegExp(`units:\\s*${LESSON_TRAINING.hiddenUnits}\\b`)],
    [`adam(${LESSON_TRAINING.learningRate})`, new RegExp(`adam\\(\\s*${String(LESSON_TRAINING.learningRate).replace('.', '\\.')}\\s*\\)`)],
    ["data.load('digits')", /data\.load\(\s*['"]digits['"]\s*\)/],
    ['validationData', /validationData/],
    ['loss: tf.losses.softmaxCrossEntropy', /loss:\s*tf\.losses\.softmaxCrossEntropy\b/],
    [
      'the loss before training (softmaxCrossEntropy of model.predict(digits.xTrain))',
      /softmaxCrossEntropy\(\s*trainTargets,\s*model\.predict\(\s*digits\.xTrain\s*\)\s*\)/,
    ],
  ];
  return expected.filter(([, pattern]) => !pattern.test(source)).map(([text]) => text);
}
