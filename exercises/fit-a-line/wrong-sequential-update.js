// Mistake: moving w before computing the gradient for b, so b's gradient uses the new w.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  let w = 0;
  let b = 0;
  const gradient = (factor) =>
    tf.tidy(() => xs.mul(w).add(b).sub(ys).mul(factor).mean().mul(2).dataSync()[0]);
  for (let step = 0; step < steps; step++) {
    w -= learningRate * gradient(xs);
    b -= learningRate * gradient(1);
  }
  return { w, b };
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
