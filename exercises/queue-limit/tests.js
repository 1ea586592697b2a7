// Hidden tests for queue-limit. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

/** The reference: FIFO, one server; a request that must wait is refused when maxQueue are waiting. */
function reference(arrivals, serviceMs, maxQueue) {
  const starts = [];
  let free = 0;
  return arrivals.map((t) => {
    const start = Math.max(t, free);
    if (start > t && starts.filter((s) => s > t).length >= maxQueue) return { status: 503 };
    starts.push(start);
    free = start + serviceMs;
    return { status: 200, doneMs: free };
  });
}

async function check(arrivals, serviceMs, maxQueue, why) {
  const answers = await learner.call('admit', arrivals, serviceMs, maxQueue);
  expect.equal(answers, reference(arrivals, serviceMs, maxQueue), `admit([${arrivals.join(', ')}], ${serviceMs}, ${maxQueue})${why ? ` (${why})` : ''}`);
}

test('a burst of 5 at once, 10 ms each, room for 2 waiting: one served, two wait, two refused', async () => {
  const answers = await learner.call('admit', [0, 0, 0, 0, 0], 10, 2);
  expect.equal(answers, [{ status: 200, doneMs: 10 }, { status: 200, doneMs: 20 }, { status: 200, doneMs: 30 }, { status: 503 }, { status: 503 }], 'admit([0, 0, 0, 0, 0], 10, 2)');
});

test('the request being served is not waiting', async () => {
  await check([0, 1], 10, 1, 'the second waits behind the first: 1 waiting is allowed');
});

test('the queue drains: a refused caller may come back later and be served', async () => {
  await check([0, 0, 0, 25, 26], 10, 1, 'by 25 ms only the second request is left, in service');
});

test('a request that ends at exactly the arrival time has left', async () => {
  await check([0, 0, 10], 10, 1, 'at 10 ms the first is done and the second starts: nobody waits');
  await check([0, 0, 0, 10, 20], 10, 1);
});

test('a refused request takes no server time', async () => {
  await check([0, 0, 0, 0, 5, 12], 10, 1);
});

test('no queue at all (maxQueue 0): served only when the server is free', async () => {
  await check([0, 3, 10, 15, 30], 10, 0);
});

test('random arrivals against the reference', async () => {
  let state = 5;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < 4; round++) {
    let t = 0;
    const arrivals = Array.from({ length: 40 }, () => (t += Math.floor(random() * 8)));
    await check(arrivals, 3 + Math.floor(random() * 6), Math.floor(random() * 4));
  }
});
