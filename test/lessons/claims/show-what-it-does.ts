import assert from 'node:assert/strict';
import { parseNumber, type Claim, type LessonRun } from './claim';

/** The per-class table of the first cell, as numbers. */
function perClass(run: LessonRun) {
  return run.rows('show').map((row) => ({
    digit: row['digit'] ?? '',
    precision: parseNumber(row['precision'] ?? ''),
    recall: parseNumber(row['recall'] ?? ''),
  }));
}

/** One detector's row of the imbalanced-subset table. */
function detector(run: LessonRun, name: string) {
  const row = run.rows('imbalanced').find((r) => r['detector'] === name);
  assert.ok(row, `no detector "${name}" in the table: ${JSON.stringify(run.rows('imbalanced'))}`);
  const of = (key: string) => parseNumber(row[key] ?? '');
  return { accuracy: of('accuracy'), precision: of('precision'), recall: of('recall'), F1: of('F1') };
}

/** The test images' ECE and NLL at T = 1 (first) and at the fitted temperature (second). */
function testCalibration(run: LessonRun) {
  const pattern = /test images at T = ([\d.]+): ECE ([\d.]+) \(by hand ([\d.]+)\), NLL ([\d.]+)/g;
  const found = [...run.text('calibrate').matchAll(pattern)].map((m) => ({
    temperature: parseNumber(m[1] ?? ''),
    ece: parseNumber(m[2] ?? ''),
    nll: parseNumber(m[4] ?? ''),
  }));
  assert.equal(found.length, 2, `calibrate printed:\n${run.text('calibrate')}`);
  return found as [(typeof found)[0], (typeof found)[0]];
}

/** What lessons/show-what-it-does.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'the most frequent confusion (printed) is a pair you can check by eye',
    check(run) {
      const times = run.number('show', /most frequent confusion: an? \d read as \d, (\d+) times/);
      assert.ok(times >= 3, `the most frequent confusion happened ${times} times`);
    },
  },
  {
    says: 'the worst of them is over 99 % sure',
    check(run) {
      const sure = run.number('show', /the most confident mistake: ([\d.]+) % sure/);
      assert.ok(sure > 99, `the most confident mistake: ${sure} %`);
    },
  },
  {
    says: 'recall differs from class to class by more than ten points',
    check(run) {
      const recalls = perClass(run).map((c) => c.recall);
      assert.equal(recalls.length, 10);
      const spread = Math.max(...recalls) - Math.min(...recalls);
      assert.ok(spread > 0.1, `recalls ${recalls.join(', ')}: spread ${spread.toFixed(3)}`);
    },
  },
  {
    says: 'The mean confidence sits above the accuracy: the model is **overconfident**',
    check(run) {
      const confidence = run.number('show', /mean confidence ([\d.]+) against/);
      const accuracy = run.number('show', /against accuracy ([\d.]+)/);
      assert.ok(confidence - accuracy >= 0.02, `mean confidence ${confidence}, accuracy ${accuracy}`);
    },
  },
  {
    says: 'most of its predictions fall in reliability bins that sit below the diagonal',
    check(run) {
      const below = run.number('show', /(\d+) of \d+ predictions fall in bins whose accuracy is below their confidence/);
      const total = run.number('show', /\d+ of (\d+) predictions fall in bins/);
      assert.ok(below > total / 2, `${below} of ${total} predictions in bins below the diagonal`);
    },
  },
  {
    says: 'A line down the middle is read as a 1',
    check(run) {
      assert.equal(run.number('demo', /a line down the middle: read as (\d)/), 1);
      const sum = run.number('demo', /the ten probabilities sum to ([\d.]+)/);
      assert.ok(Math.abs(sum - 1) < 1e-3, `the pad's probabilities sum to ${sum}`);
    },
  },
  {
    says: 'The detector that never says 9 scores 95 % accuracy and finds none of the 9s: recall 0, F1 0.',
    check(run) {
      const never = detector(run, 'always "not a 9"');
      assert.ok(Math.abs(never.accuracy - 0.95) <= 0.005, `accuracy ${never.accuracy}`);
      assert.equal(never.recall, 0);
      assert.equal(never.F1, 0);
    },
  },
  {
    says: "The model's accuracy on the same images is only a few points higher, yet it finds most of the 9s",
    check(run) {
      const [model, never] = [detector(run, 'the model'), detector(run, 'always "not a 9"')];
      const gain = model.accuracy - never.accuracy;
      assert.ok(gain > 0 && gain <= 0.05, `accuracy ${model.accuracy} against ${never.accuracy}`);
      assert.ok(model.recall > 0.5, `the model's recall of 9s: ${model.recall}`);
    },
  },
  {
    says: 'The fitted temperature comes out between 1.5 and 4',
    check(run) {
      const temperature = run.number('calibrate', /^T = ([\d.]+):/m);
      assert.ok(temperature >= 1.5 && temperature <= 4, `T = ${temperature}`);
    },
  },
  {
    says: "Scaled by it, the test images' ECE falls by at least a third and their NLL falls too",
    check(run) {
      const [plain, scaled] = testCalibration(run);
      assert.equal(plain.temperature, 1);
      assert.ok(scaled.ece <= (2 / 3) * plain.ece, `ECE ${plain.ece} at T = 1, ${scaled.ece} at T = ${scaled.temperature}`);
      assert.ok(scaled.nll < plain.nll, `NLL ${plain.nll} at T = 1, ${scaled.nll} at T = ${scaled.temperature}`);
    },
  },
  {
    says: 'while every prediction stays the same',
    check(run) {
      assert.match(run.text('calibrate'), /✓ .*no prediction changed/);
    },
  },
  {
    says: 'The same search on the training images finds a temperature below 1',
    check(run) {
      const temperature = run.number('calibrate', /on the 1,300 training images: T = ([\d.]+)/);
      assert.ok(temperature < 1, `T fitted on the training images: ${temperature}`);
    },
  },
];
