import assert from 'node:assert/strict';
import { parseNumber, type Claim, type LessonRun } from './claim';

const FLOAT32 = 'float32 (as trained)';
const FLOAT16 = 'float16';
const PER_TENSOR = 'int8 per tensor';
const PER_CHANNEL = 'int8 per channel';
const NOT_TUNED = 'pruned 80 %, not fine-tuned';
const TUNED = 'pruned 80 %, fine-tuned';
const SPARSE = 'pruned 80 %, fine-tuned, sparse file';
const ROWS = [FLOAT32, FLOAT16, PER_TENSOR, PER_CHANNEL, NOT_TUNED, TUNED, SPARSE];
/** Units of the lesson's 64 → 64 → 32 → 10 model: one [scale, min] pair of float32 each, per channel. */
const UNITS = 64 + 32 + 10;

const at = (run: LessonRun, model: string, column: string) => run.figure('shrink', model, column);
const accuracy = (run: LessonRun, model: string) => at(run, model, 'test accuracy');

/** The 4-bit lines of the per-channel check: mean |Δz| and test accuracy for each scheme. */
function fourBit(run: LessonRun, scheme: 'per tensor' | 'per channel') {
  const pattern = new RegExp(`4 bits, ${scheme}: mean \\|Δz\\| ([\\d.e+-]+), test accuracy ([\\d.]+)`);
  const match = pattern.exec(run.text('check-channels'));
  assert.ok(match, `check-channels printed:\n${run.text('check-channels')}`);
  return { dz: parseNumber(match[1] ?? ''), accuracy: parseNumber(match[2] ?? '') };
}

/** What lessons/make-it-small.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'One trained model, seven files.',
    check(run) {
      const names = run.rows('shrink').map((row) => row['model']);
      assert.deepEqual(names, ROWS);
    },
  },
  {
    says: "The float32 row's bytes are what models.sizeOf(model), the course's own count of a saved model, reports",
    check(run) {
      const sizeOf = run.number('shrink', /models\.sizeOf\(model\): (\d+) bytes/);
      assert.equal(sizeOf, at(run, FLOAT32, 'bytes as saved'));
      assert.equal(run.number('shrink', /the float32 row: (\d+) bytes/), sizeOf);
    },
  },
  {
    says: 'float16 halves the weights file',
    check(run) {
      assert.equal(at(run, FLOAT16, 'weights.bin bytes') * 2, at(run, FLOAT32, 'weights.bin bytes'));
    },
  },
  {
    says: 'int8 per tensor makes it a quarter',
    check(run) {
      assert.equal(at(run, PER_TENSOR, 'weights.bin bytes') * 4, at(run, FLOAT32, 'weights.bin bytes'));
    },
  },
  {
    says: 'keeps a scale and a min for each unit of each kernel, 8 bytes per unit, so its file is a little larger than per tensor',
    check(run) {
      const extra = at(run, PER_CHANNEL, 'weights.bin bytes') - at(run, PER_TENSOR, 'weights.bin bytes');
      assert.equal(extra, 8 * UNITS, `per channel minus per tensor: ${extra} bytes`);
    },
  },
  {
    says: 'its loader refuses the file (the last line of the output says why)',
    check(run) {
      assert.match(run.text('shrink'), /tfjs loading the per-channel file as it is: .*metadata min and scale/);
    },
  },
  {
    says: 'None of the quantized files costs more than a point of test accuracy here',
    check(run) {
      const base = accuracy(run, FLOAT32);
      for (const model of [FLOAT16, PER_TENSOR, PER_CHANNEL]) {
        assert.ok(Math.abs(accuracy(run, model) - base) <= 0.01, `${model} ${accuracy(run, model)}, float32 ${base}`);
      }
    },
  },
  {
    says: "every row's median stays within a factor of two of float32's",
    check(run) {
      const base = at(run, FLOAT32, 'predict ms (median)');
      for (const model of ROWS) {
        const ratio = at(run, model, 'predict ms (median)') / base;
        assert.ok(ratio >= 0.5 && ratio <= 2, `${model}: ${ratio.toFixed(2)}× float32's median`);
      }
    },
  },
  {
    says: 'every model, once loaded, holds the same 26,280 bytes of float32 weights',
    check(run) {
      for (const model of ROWS) assert.equal(at(run, model, 'float32 bytes in memory'), 26_280, model);
    },
  },
  {
    says: 'Before fine-tuning, the test accuracy falls by more than ten points',
    check(run) {
      const drop = accuracy(run, FLOAT32) - accuracy(run, NOT_TUNED);
      assert.ok(drop > 0.1, `float32 minus pruned, not fine-tuned: ${drop.toFixed(3)}`);
    },
  },
  {
    says: 'bring it back to within two points of float32',
    check(run) {
      const drop = accuracy(run, FLOAT32) - accuracy(run, TUNED);
      assert.ok(drop <= 0.02, `float32 minus pruned, fine-tuned: ${drop.toFixed(3)}`);
    },
  },
  {
    says: 'The pruned model saved as tfjs saves it is exactly as big as the float32 one',
    check(run) {
      for (const model of [NOT_TUNED, TUNED]) assert.equal(at(run, model, 'bytes as saved'), at(run, FLOAT32, 'bytes as saved'), model);
    },
  },
  {
    says: "its gzip bytes are about a third of float32's",
    check(run) {
      const ratio = at(run, TUNED, 'gzip bytes') / at(run, FLOAT32, 'gzip bytes');
      assert.ok(ratio >= 0.25 && ratio <= 0.45, `gzip of pruned ÷ gzip of float32: ${ratio.toFixed(3)}`);
    },
  },
  {
    says: "the file is under a third of float32's",
    check(run) {
      const ratio = at(run, SPARSE, 'bytes as saved') / at(run, FLOAT32, 'bytes as saved');
      assert.ok(ratio < 1 / 3, `sparse file ÷ float32 file: ${ratio.toFixed(3)}`);
      assert.equal(accuracy(run, SPARSE), accuracy(run, TUNED), 'the sparse file holds the same model');
    },
  },
  {
    says: 'on the three kernels, with thousands of weights each, the largest error comes within a few percent of it',
    check(run) {
      const kernels = run.rows('check-bound').filter((row) => (row['weight'] ?? '').endsWith('/kernel'));
      assert.equal(kernels.length, 3);
      for (const row of kernels) assert.ok(parseNumber(row['int8 max ÷ bound'] ?? '') >= 0.95, JSON.stringify(row));
    },
  },
  {
    says: "The narrowest units of the first kernel span well under half the widest unit's range, and per channel their largest errors are that much smaller",
    check(run) {
      const units = run.rows('check-channels');
      const [narrowest, widest] = [units[0], units.at(-1)];
      assert.ok(narrowest && widest);
      const range = (row: Record<string, string>) => parseNumber(row['range hi − lo'] ?? '');
      assert.ok(range(narrowest) < 0.5 * range(widest), `ranges ${range(narrowest)} and ${range(widest)}`);
      const ratio = parseNumber(narrowest['per channel max error'] ?? '') / parseNumber(narrowest['per tensor max error'] ?? '');
      assert.ok(ratio < 0.5, `narrowest unit: per channel ÷ per tensor error ${ratio.toFixed(3)}`);
    },
  },
  {
    says: "At 4 bits the layer's outputs move about half as much per channel as per tensor",
    check(run) {
      const ratio = fourBit(run, 'per tensor').dz / fourBit(run, 'per channel').dz;
      assert.ok(ratio >= 1.4 && ratio <= 3, `mean |Δz| per tensor ÷ per channel: ${ratio.toFixed(2)}`);
    },
  },
  {
    says: 'both 4-bit models stay within a few points of float32',
    check(run) {
      const base = accuracy(run, FLOAT32);
      for (const scheme of ['per tensor', 'per channel'] as const) {
        assert.ok(Math.abs(fourBit(run, scheme).accuracy - base) <= 0.03, `${scheme} ${fourBit(run, scheme).accuracy}, float32 ${base}`);
      }
    },
  },
  {
    says: 'The largest change in $z$ sits well inside the bound',
    check(run) {
      const ratio = run.number('check-pruning', /largest \|Δz\| ÷ τ‖x‖₁ over the test images: ([\d.]+)/);
      assert.ok(ratio <= 0.8, `largest |Δz| ÷ τ‖x‖₁: ${ratio}`);
    },
  },
  {
    says: 'leaves the model far behind magnitude pruning before fine-tuning',
    check(run) {
      const magnitude = run.number('check-pruning', /by magnitude ([\d.]+)/);
      const random = run.number('check-pruning', /at random ([\d.]+)/);
      assert.ok(magnitude - random >= 0.2, `magnitude ${magnitude}, random ${random}`);
    },
  },
];
