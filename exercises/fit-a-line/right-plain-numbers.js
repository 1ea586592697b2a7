// Gradient descent with plain JavaScript numbers: read the points once, then loop.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  const x = xs.dataSync();
  const y = ys.dataSync();
  const n = x.length;
  let w = 0;
  let b = 0;
  for (let step = 0; step < steps; step++) {
    let sumRx = 0;
    let sumR = 0;
    for (let i = 0; i < n; i++) {
      const r = w * x[i] + b - y[i];
      sumRx += r * x[i];
      sumR += r;
    }
    const gradW = (2 * sumRx) / n;
    const gradB = (2 * sumR) / n;
    w -= learningRate * gradW;
    b -= learningRate * gradB;
  }
  return { w, b };
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
