// Mistake: right numbers, but tf's SGD optimizer takes the steps.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  const zero = tf.scalar(0);
  const w = tf.variable(zero);
  const b = tf.variable(zero);
  zero.dispose();
  const optimizer = tf.train.sgd(learningRate);
  for (let step = 0; step < steps; step++) {
    optimizer.minimize(() => xs.mul(w).add(b).sub(ys).square().mean());
  }
  const result = { w: w.dataSync()[0], b: b.dataSync()[0] };
  tf.dispose([w, b]);
  optimizer.dispose();
  return result;
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
