// Hidden tests for confusion-matrix. Globals: test, expect, learner, tf, data, models, ml, source.

/** The reference count, in plain JavaScript. */
function reference(labels, rows) {
  const k = rows[0].length;
  const counts = Array.from({ length: k }, () => new Array(k).fill(0));
  rows.forEach((row, i) => {
    counts[labels[i]][row.indexOf(Math.max(...row))] += 1;
  });
  return counts;
}

/** n seeded examples of k classes, right about 70 % of the time, with no tie for the largest probability. */
function examples(seed, n, k, { absent = [] } = {}) {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const present = Array.from({ length: k }, (_, c) => c).filter((c) => !absent.includes(c));
  const labels = [];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const truth = present[Math.floor(random() * present.length)];
    const row = Array.from({ length: k }, () => 0.05 + random());
    // Mostly right: the true class gets the top score; otherwise a random (present) class does.
    const top = random() < 0.7 ? truth : present[Math.floor(random() * present.length)];
    row[top] = Math.max(...row) + 0.5;
    const total = row.reduce((a, b) => a + b, 0);
    labels.push(truth);
    rows.push(row.map((v) => v / total));
  }
  return { labels, rows };
}

test('the example: [[1, 0, 0], [1, 1, 0], [0, 0, 1]]', async () => {
  const probabilities = tf.tensor2d([[0.8, 0.1, 0.1], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8]]);
  expect.equal(await learner.call('confusionMatrix', [0, 1, 1, 2], probabilities), [[1, 0, 0], [1, 1, 0], [0, 0, 1]], 'Your confusion matrix of the example');
});

test('rows are the true class, columns the predicted class', async () => {
  // Three 0s all read as 2: the count belongs in row 0, column 2.
  const probabilities = tf.tensor2d([[0.1, 0.2, 0.7], [0.2, 0.1, 0.7], [0.3, 0.1, 0.6], [0.1, 0.8, 0.1]]);
  expect.equal(await learner.call('confusionMatrix', [0, 0, 0, 1], probabilities), [[0, 0, 3], [0, 1, 0], [0, 0, 0]],
    'Your matrix for three 0s read as 2 and a 1 read as 1 (row = true class, column = predicted)');
});

test('counts, not shares: whole numbers that add up to the number of examples', async () => {
  const { labels, rows } = examples(3, 200, 4);
  const counts = await learner.call('confusionMatrix', labels, tf.tensor2d(rows));
  const all = counts.flat();
  expect.that(all.every((c) => Number.isInteger(c)), `Your matrix holds ${all.find((c) => !Number.isInteger(c))}: each entry is a count of examples, a whole number.`);
  expect.equal(all.reduce((a, b) => a + b, 0), 200, 'The sum of your matrix over 200 examples');
});

test('a class that never occurs keeps its row and column (k is probabilities.shape[1])', async () => {
  // Five classes; class 4 is never the truth and class 2 never the truth either.
  const { labels, rows } = examples(5, 120, 5, { absent: [2, 4] });
  const got = await learner.call('confusionMatrix', labels, tf.tensor2d(rows));
  expect.equal(got.length, 5, 'The number of rows of your matrix for 5 classes (two of them never the true class)');
  expect.equal(got, reference(labels, rows), 'Your confusion matrix with classes 2 and 4 absent');
});

test('matches the count on 1,000 examples of 10 classes', async () => {
  for (const seed of [7, 19]) {
    const { labels, rows } = examples(seed, 1000, 10);
    expect.equal(await learner.call('confusionMatrix', labels, tf.tensor2d(rows)), reference(labels, rows), `Your confusion matrix of examples ${seed}`);
  }
});

test('leaves no tensors behind', async () => {
  const { labels, rows } = examples(11, 50, 3);
  await learner.noLeakedTensors('confusionMatrix', labels, tf.tensor2d(rows));
});
