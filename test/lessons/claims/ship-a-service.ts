import assert from 'node:assert/strict';
import { fail, type Claim, type LessonRun } from './claim';

/** The first cell's table, one record per request. */
const answers = (run: LessonRun) => run.rows('serve');

/** The row of the first cell's table for `request`. */
function answer(run: LessonRun, request: string) {
  const row = answers(run).find((r) => r['request'] === request);
  if (!row) fail(`the first cell's table has no row "${request}"`);
  return row;
}

/** A figure of the batching table, for batching 'off' or 'on (32, 5 ms)'. */
const batching = (run: LessonRun, mode: string, column: string) => run.figure('batching', mode, column);

/** The service's throughput gain, as the batching cell prints it. */
const serviceGain = (run: LessonRun) => run.number('batching', /throughput with batching ÷ without: ([\d.]+)×/);

/** What lessons/ship-a-service.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'five requests go in as JSON and the answers come back as JSON',
    check: (run) => {
      assert.equal(answers(run).length, 5);
      for (const row of answers(run)) assert.equal(row['version'], 'digits-1');
      const full = JSON.parse(run.cell('serve').lines[0] ?? '') as { status: number; version: string; predictions: { probabilities: number[] }[] };
      assert.equal(full.status, 200);
      assert.equal(full.version, 'digits-1');
      assert.equal(full.predictions[0]?.probabilities.length, 10);
    },
  },
  {
    says: 'Of the five requests only the first was run; the other four were answered 400 before the model saw them',
    check: (run) => assert.deepEqual(answers(run).map((r) => r['status']), ['200', '400', '400', '400', '400']),
  },
  {
    says: 'instances[0][12] for the pixel of 17, the length for the short image, the parse error for the broken JSON, and the instance count for the request of 100 images',
    check: (run) => {
      assert.equal(answer(run, 'a pixel of 17')['answer'], 'instances[0][12]: expected a number in [0, 16], got 17');
      assert.equal(answer(run, 'an image of 63 pixels')['answer'], 'instances[0]: expected an array of 64 numbers, got an array of 63 items');
      assert.match(answer(run, 'broken JSON')['answer'] ?? '', /^\(body\): expected JSON text .* got text that is not JSON \(/);
      assert.equal(answer(run, '100 images in one request')['answer'], 'instances: expected at most 64 instances per request, got 100 instances');
    },
  },
  {
    says: 'about 11 KB here',
    check: (run) => {
      const bytes = run.number('serve', /saved file: (\d+) bytes/);
      assert.ok(bytes > 9_000 && bytes < 13_000, `the saved file has ${bytes} bytes`);
    },
  },
  {
    says: "Its probabilities equal the model's to the last bit (the largest difference printed is 0, or about 1e-7 when this page runs on another backend than the service's cpu)",
    check: (run) => {
      const gap = run.number('serve', /largest difference between the service and the model here: ([\d.e+-]+)/);
      if (run.backend === 'cpu') assert.equal(gap, 0);
      else assert.ok(gap < 1e-6, `the largest difference is ${gap}`);
    },
  },
  {
    says: "the caller gets a 500 with the model's own message, and the service keeps serving",
    check: (run) => {
      assert.match(run.text('failures'), /^status 500: the model failed on this batch: Error when checking/m);
      assert.ok(run.number('failures', /after stop: (\d+) answered 200/) + run.number('failures', /, (\d+) answered 503/) === 64);
    },
  },
  {
    says: 'A stopped service answers 503, and so did every request still on its way when it stopped: all 64 were answered, none hangs',
    check: (run) => {
      assert.equal(run.number('failures', /\), (\d+) other/), 0);
      assert.equal(run.number('failures', /a request after stop: (\d+)/), 503);
      assert.match(run.text('failures'), /answered 503 \("the service is stopped"\)/);
    },
  },
  {
    says: 'The 256 requests ran in a few batches (8 full ones of 32 when they all arrive within 5 ms) instead of 256 calls',
    check: (run) => {
      assert.equal(batching(run, 'off', 'batches run'), 256);
      assert.equal(batching(run, 'off', 'mean batch size'), 1);
      const batches = batching(run, 'on (32, 5 ms)', 'batches run');
      assert.ok(batches >= 8 && batches <= 16, `batching on ran ${batches} batches`);
    },
  },
  {
    says: 'the service answered them faster: at least 1.5 times the requests/s',
    check: (run) => {
      const gain = serviceGain(run);
      assert.ok(gain >= 1.5, `throughput gain ${gain}×`);
      assert.ok(batching(run, 'on (32, 5 ms)', 'requests/s') > batching(run, 'off', 'requests/s'));
    },
  },
  {
    says: 'the labels agree request by request with the unbatched service, in order',
    check: (run) => {
      assert.equal(run.number('batching', /answers that agree, request by request: (\d+) of 256/), 256);
      const accuracy = run.number('batching', /accuracy of the answers, in request order: ([\d.]+)/);
      assert.ok(accuracy > 0.9, `answers in request order are ${accuracy} accurate (answers out of order would score about 0.1)`);
    },
  },
  {
    says: 'why the service gains less than predict alone does',
    check: (run) => {
      const alone = run.number('check-cost-model', /batch 32 vs 32 calls of 1: ([\d.]+)×/);
      assert.ok(serviceGain(run) < alone, `the service gains ${serviceGain(run)}×, predict alone ${alone}×`);
    },
  },
  {
    says: 'rounds to 3 decimals to "save bytes" sends other numbers than the model computed',
    check: (run) => assert.ok(run.number('check-json-float32', /rounded to 3 decimals: (\d+) probabilities changed/) > 0),
  },
];

