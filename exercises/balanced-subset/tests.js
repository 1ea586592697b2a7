// Hidden tests for balanced-subset. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

function referenceIndices(labels, perClass, numClasses) {
  const kept = new Array(numClasses).fill(0);
  const indices = [];
  labels.forEach((label, i) => {
    if (kept[label] < perClass) {
      kept[label] += 1;
      indices.push(i);
    }
  });
  return indices;
}

async function slice(perClass) {
  const digits = await data.load('digits');
  const result = await learner.call('balancedSubset', digits.xTrain, digits.yTrain, perClass, 10);
  expect.that(Array.isArray(result) && result.length === 2, 'balancedSubset should return an array [xSub, ySub].');
  return { digits, xSub: result[0], ySub: result[1] };
}

test('holds exactly perClass examples of every class', async () => {
  const { ySub } = await slice(7);
  const counts = new Array(10).fill(0);
  for (const label of ySub.dataSync()) counts[label] += 1;
  expect.equal(counts, new Array(10).fill(7), 'The number of examples of each digit 0–9 in your slice');
});

test('picks the first examples of each class, in their original order', async () => {
  const { digits, xSub, ySub } = await slice(5);
  const indices = referenceIndices(Array.from(digits.yTrain.dataSync()), 5, 10);
  expect.equal(Array.from(ySub.dataSync()), indices.map((i) => digits.yTrain.dataSync()[i]), 'The labels of your slice, in order');
  expect.allClose(xSub, tf.gather(digits.xTrain, tf.tensor1d(indices, 'int32')), { what: 'The images of your slice' });
});

test('keeps every example of a class that has fewer than perClass', async () => {
  const x = tf.tensor2d([[0], [1], [2], [3], [4]]);
  const y = tf.tensor1d([0, 1, 0, 0, 2], 'int32');
  const [xs, ys] = await learner.call('balancedSubset', x, y, 2, 3);
  expect.equal(Array.from(ys.dataSync()), [0, 1, 0, 2], 'Your labels for perClass = 2 on [0, 1, 0, 0, 2]');
  expect.allClose(xs, [[0], [1], [2], [4]], { what: 'Your rows for perClass = 2' });
});

test('leaves no tensors behind', async () => {
  const [x, y] = [tf.tensor2d([[0], [1], [2], [3]]), tf.tensor1d([1, 0, 1, 0], 'int32')];
  const result = await learner.call('balancedSubset', x, y, 1, 2);
  expect.that(Array.isArray(result), 'balancedSubset should return an array [xSub, ySub].');
  await learner.noLeakedTensors('balancedSubset', x, y, 1, 2);
});

test('works for images too: x of shape [n, h, w] keeps its shape per example', async () => {
  const x = tf.tensor3d([[[0, 0], [0, 0]], [[1, 1], [1, 1]], [[2, 2], [2, 2]], [[3, 3], [3, 3]]]);
  const y = tf.tensor1d([1, 1, 0, 1], 'int32');
  const [xs, ys] = await learner.call('balancedSubset', x, y, 2, 2);
  expect.equal(Array.from(ys.dataSync()), [1, 1, 0], 'Your labels for perClass = 2 on [1, 1, 0, 1]');
  expect.shape(xs, [3, 2, 2], 'Your images');
  expect.allClose(xs, [[[0, 0], [0, 0]], [[1, 1], [1, 1]], [[2, 2], [2, 2]]], { what: 'Your images for perClass = 2' });
});

test('a class with no examples, and perClass above every class size, keep everything there is', async () => {
  const x = tf.tensor2d([[5], [6], [7]]);
  const y = tf.tensor1d([2, 0, 2], 'int32');
  const [xs, ys] = await learner.call('balancedSubset', x, y, 10, 4);
  expect.equal(Array.from(ys.dataSync()), [2, 0, 2], 'Your labels for perClass = 10 with classes 1 and 3 absent');
  expect.allClose(xs, [[5], [6], [7]], { what: 'Your rows for perClass = 10' });
});
