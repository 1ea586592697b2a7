// Hidden tests for batch-in-order. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

/** Requests whose rows are tagged: row k of request r is [100 * r + k, 1]. */
const tagged = (sizes) => sizes.map((n, r) => ({ instances: Array.from({ length: n }, (_, k) => [100 * r + k, 1]) }));

/** A fake model that records the size of every call and answers each row [tag × 2, tag + 0.5]. */
function recordingModel({ failWhen } = {}) {
  const calls = [];
  const predict = async (rows) => {
    calls.push(rows.map((row) => row[0]));
    if (failWhen && rows.some((row) => failWhen(row[0]))) throw new Error('the model ran out of memory on this batch');
    return rows.map((row) => [row[0] * 2, row[0] + 0.5]);
  };
  return { calls, predict };
}

/** The batches a correct batcher forms: consecutive requests, at most max rows (a large request alone). */
function expectedBatches(sizes, max) {
  const batches = [];
  let current = [];
  let rows = 0;
  sizes.forEach((n, r) => {
    if (current.length > 0 && rows + n > max) {
      batches.push(current);
      current = [];
      rows = 0;
    }
    current.push(r);
    rows += n;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

const ownOutputs = (sizes, r) => Array.from({ length: sizes[r] }, (_, k) => [(100 * r + k) * 2, 100 * r + k + 0.5]);

async function serve(sizes, max, model = recordingModel()) {
  const answers = await learner.call('serveBatched', tagged(sizes), model.predict, max);
  expect.that(Array.isArray(answers) && answers.length === sizes.length, `serveBatched should return one answer per request (${sizes.length}), but it returned ${JSON.stringify(answers)?.slice(0, 200)}.`);
  return { answers, calls: model.calls };
}

function expectOwnAnswers(answers, sizes, what) {
  answers.forEach((answer, r) => {
    expect.equal(answer && answer.status, 200, `The status of request ${r} ${what}`);
    expect.equal(answer.outputs, ownOutputs(sizes, r), `The outputs of request ${r} (${sizes[r]} row${sizes[r] === 1 ? '' : 's'}) ${what}`);
  });
}

test('five one-row requests, batches of 2: three predict calls, each caller its own row', async () => {
  const sizes = [1, 1, 1, 1, 1];
  const { answers, calls } = await serve(sizes, 2);
  expect.equal(calls.map((c) => c.length), [2, 2, 1], 'The sizes of the predict calls');
  expectOwnAnswers(answers, sizes, 'with maxBatchSize 2');
});

test('requests of several rows: each gets its own rows back, in order', async () => {
  const sizes = [3, 1, 2, 4, 1];
  const { answers, calls } = await serve(sizes, 4);
  expect.equal(calls.map((c) => c.length), [4, 2, 4, 1], 'The sizes of the predict calls for requests of 3, 1, 2, 4 and 1 rows with maxBatchSize 4 ([3, 1], [2], [4], [1])');
  expectOwnAnswers(answers, sizes, 'of requests of 3, 1, 2, 4 and 1 rows');
});

test('no request overtakes an earlier one', async () => {
  // [3], then 2 does not fit beside 3: it starts the next batch; the later 1 must not jump into the first.
  const sizes = [3, 2, 1];
  const { calls } = await serve(sizes, 4);
  expect.equal(calls, [[0, 1, 2], [100, 101, 200]], 'The rows of each predict call (tags 100·request + row) for requests of 3, 2 and 1 rows with maxBatchSize 4');
});

test('a request larger than maxBatchSize runs alone', async () => {
  const sizes = [1, 6, 1];
  const { answers, calls } = await serve(sizes, 4);
  expect.equal(calls.map((c) => c.length), [1, 6, 1], 'The sizes of the predict calls for requests of 1, 6 and 1 rows with maxBatchSize 4');
  expectOwnAnswers(answers, sizes, 'when one request is larger than a batch');
});

test('a batch whose predict throws answers its own requests 500, and only those', async () => {
  const sizes = [1, 1, 1, 1, 1, 1];
  // Request 3 (tag 300) is in the second batch of 2: requests 2 and 3.
  const model = recordingModel({ failWhen: (tag) => tag === 300 });
  const { answers, calls } = await serve(sizes, 2, model);
  expect.equal(calls.length, 3, 'The number of predict calls (the batch after the failing one must still run)');
  expect.equal(answers.map((a) => a && a.status), [200, 200, 500, 500, 200, 200], 'The statuses when the second batch (requests 2 and 3) fails');
  expect.that(typeof answers[2].error === 'string' && answers[2].error.includes('out of memory'), `A 500 answer should carry the error's message as a string, but it is ${JSON.stringify(answers[2])}.`);
});

test('random queues: the right batches and every caller its own outputs', async () => {
  let state = 11;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < 3; round++) {
    const max = 4 + Math.floor(random() * 5);
    const sizes = Array.from({ length: 8 + Math.floor(random() * 6) }, () => 1 + Math.floor(random() * 5));
    const { answers, calls } = await serve(sizes, max);
    const batches = expectedBatches(sizes, max);
    expect.equal(calls.map((c) => c.length), batches.map((b) => b.reduce((s, r) => s + sizes[r], 0)), `The sizes of the predict calls for requests of ${sizes.join(', ')} rows with maxBatchSize ${max}`);
    expectOwnAnswers(answers, sizes, `of requests of ${sizes.join(', ')} rows`);
  }
});
