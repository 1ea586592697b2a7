// Hidden tests for knn-tensors. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

/** Reference labels computed point by point, the slow obvious way. */
function referenceKnn(xTrain, yTrain, xQuery, k, numClasses) {
  const train = xTrain.arraySync();
  const labels = yTrain.arraySync();
  return xQuery.arraySync().map((q) => {
    const nearest = train
      .map((row, i) => ({ d: row.reduce((s, v, j) => s + (v - q[j]) ** 2, 0), label: labels[i], i }))
      .sort((p, r) => p.d - r.d || p.i - r.i)
      .slice(0, k);
    const votes = new Array(numClasses).fill(0);
    for (const n of nearest) votes[n.label] += 1;
    return votes.indexOf(Math.max(...votes));
  });
}

test('squared distances match a direct computation', async () => {
  const a = tf.randomNormal([7, 3], 0, 1, 'float32', 11);
  const b = tf.randomNormal([5, 3], 0, 1, 'float32', 12);
  const direct = a.expandDims(1).sub(b.expandDims(0)).square().sum(2);
  const got = await learner.call('squaredDistances', a, b);
  expect.shape(got, [7, 5], 'Your distance matrix');
  expect.allClose(got, direct, { rtol: 1e-4, atol: 1e-4, what: 'Your distance matrix' });
});

test('a point is at distance 0 from itself, never below', async () => {
  const a = tf.tensor2d([[1000, 1000.5], [3, 4]]);
  const got = await learner.call('squaredDistances', a, a);
  const values = got.dataSync();
  expect.that(Math.min(...values) >= 0, `Your distances include ${Math.min(...values)}: clip them at 0 (rounding in |a|² + |b|² − 2a·b can go slightly negative).`);
  expect.allClose([values[0], values[3]], [0, 0], { atol: 0.5, what: 'The distance of each point to itself' });
});

test('k votes: the majority of the k nearest wins, ties go to the smallest label', async () => {
  // The nearest point is class 1, but the next two are class 0: with k = 3 the answer is 0.
  const xTrain = tf.tensor2d([[0.1], [0.3], [-0.3], [5], [5.1]]);
  const yTrain = tf.tensor1d([1, 0, 0, 2, 2], 'int32');
  const xQuery = tf.tensor2d([[0], [5.05]]);
  // For 2.6 and k = 2 the nearest are 0.3 (class 0, 2.3 away) and 5 (class 2, 2.4 away): a tie → 0.
  const got = await learner.call('knnPredict', xTrain, yTrain, xQuery, 3, 3);
  const gotTie = await learner.call('knnPredict', xTrain, yTrain, tf.tensor2d([[2.6]]), 2, 3);
  expect.dtype(got, 'int32', 'Your predictions');
  expect.equal(Array.from(got.dataSync()), [0, 2], 'Your labels for k = 3');
  expect.equal(Array.from(gotTie.dataSync()), [0], 'Your label for a 1–1 tie between classes 0 and 2');
});

test('matches a reference on random blobs', async () => {
  const blobs = await data.load('blobs', { n: 150, classes: 4, noise: 1.5, seed: 5 });
  const got = await learner.call('knnPredict', blobs.xTrain, blobs.yTrain, blobs.xTest, 5, blobs.numClasses);
  expect.shape(got, [blobs.xTest.shape[0]], 'Your predictions');
  expect.equal(Array.from(got.dataSync()), referenceKnn(blobs.xTrain, blobs.yTrain, blobs.xTest, 5, blobs.numClasses), 'Your predicted labels');
});

test('classifies held-out moons well (accuracy ≥ 0.95 with k = 7)', async () => {
  const moons = await data.load('moons', { n: 400, seed: 3 });
  const got = await learner.call('knnPredict', moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
  expect.atLeast(ml.accuracyOf(got, moons.yTest), 0.95, 'Your k-NN accuracy on held-out moons');
});

test('leaves no tensors behind', async () => {
  const a = tf.randomNormal([6, 2], 0, 1, 'float32', 1);
  await learner.noLeakedTensors('squaredDistances', a, a);
  await learner.noLeakedTensors('knnPredict', a, tf.tensor1d([0, 1, 0, 1, 0, 1], 'int32'), a, 3, 2);
});
