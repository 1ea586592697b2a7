// Hidden tests for knn-tensors. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

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

test('distances never go below 0, even between nearly equal points far from the origin', async () => {
  // 20 points within 0.001 of (1000, …, 1000): |a|² ≈ 8·10⁶, where float32 rounds in steps of 0.5,
  // so |a|² + |b|² − 2a·b lands up to about ±1 from the true distance (about 10⁻⁵): unclipped,
  // dozens of these 400 values come out negative.
  const a = tf.randomNormal([20, 8], 0, 0.001, 'float32', 7).add(1000);
  const got = await learner.call('squaredDistances', a, a);
  const values = got.dataSync();
  const lowest = values.reduce((min, v) => Math.min(min, v), Infinity);
  expect.that(lowest >= 0, `Your distances include ${lowest}: clip them at 0 (rounding in |a|² + |b|² − 2a·b can go slightly negative).`);
  const direct = a.expandDims(1).sub(a.expandDims(0)).square().sum(2);
  expect.allClose(got, direct, { atol: 2, what: 'Your distances between nearly equal points (up to float32 rounding)' });
});

test('k votes: the majority of the k nearest wins, ties go to the smallest label', async () => {
  const xTrain = tf.tensor2d([[0.1], [0.3], [-0.3], [5], [5.1]]);
  const yTrain = tf.tensor1d([1, 0, 0, 2, 2], 'int32');
  // The nearest point to 0 is class 1, but the next two are class 0: with k = 3 the answer is 0.
  const got = await learner.call('knnPredict', xTrain, yTrain, tf.tensor2d([[0], [5.05]]), 3, 3);
  expect.dtype(got, 'int32', 'Your predictions');
  expect.equal(Array.from(got.dataSync()), [0, 2], 'Your labels for k = 3');
  // Two training points vote with k = 2: class 0 at 0 and class 2 at 1 (class 1 is far away).
  // 0.4 is nearer the class-0 point, 0.6 nearer the class-2 point; both 1–1 ties go to class 0.
  const ties = await learner.call('knnPredict', tf.tensor2d([[0], [1], [10]]), tf.tensor1d([0, 2, 1], 'int32'), tf.tensor2d([[0.4], [0.6]]), 2, 3);
  expect.equal(Array.from(ties.dataSync()), [0, 0], 'Your labels for 1–1 ties between classes 0 and 2 (the smallest label wins, wherever the nearest point is)');
});

test('the smallest and largest k: k = 1 is the nearest label, k = n the majority of all training points', async () => {
  const xTrain = tf.tensor2d([[0, 0], [4, 0], [4.2, 0.1], [3.9, -0.2], [0, 5]]);
  const yTrain = tf.tensor1d([0, 2, 2, 2, 3], 'int32');
  const xQuery = tf.tensor2d([[0.2, 0.1], [0.1, 4.5], [3, 0]]);
  const one = await learner.call('knnPredict', xTrain, yTrain, xQuery, 1, 4);
  expect.equal(Array.from(one.dataSync()), [0, 3, 2], 'Your labels for k = 1 (each query takes its nearest point’s label)');
  const all = await learner.call('knnPredict', xTrain, yTrain, xQuery, 5, 4);
  expect.equal(Array.from(all.dataSync()), [2, 2, 2], 'Your labels for k = 5 = n (all training points vote; class 2 has three of the five)');
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

test('works on whole tensors: no loops in squaredDistances or knnPredict', () => {
  const why = 'Handle every point at once with tensor operations: one matMul for the distances, tf.topk for the neighbours, tf.oneHot(…).sum(1) for the votes.';
  source.forbidsLoopsIn('squaredDistances', why);
  source.forbidsLoopsIn('knnPredict', why);
});

test('leaves no tensors behind', async () => {
  const a = tf.randomNormal([6, 2], 0, 1, 'float32', 1);
  await learner.noLeakedTensors('squaredDistances', a, a);
  await learner.noLeakedTensors('knnPredict', a, tf.tensor1d([0, 1, 0, 1, 0, 1], 'int32'), a, 3, 2);
});
