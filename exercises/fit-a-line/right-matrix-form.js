// The line as one parameter vector θ = [w, b] and a design matrix X = [x, 1]:
// L = mean((Xθ − y)²), ∇L = (2/n)·Xᵀ(Xθ − y). θ stays a tensor; only the answer is read back.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  const n = xs.shape[0];
  const X = tf.tidy(() => tf.stack([xs, tf.onesLike(xs)], 1)); // [n, 2]
  const y = ys.reshape([n, 1]);
  let theta = tf.zeros([2, 1]);
  for (let step = 0; step < steps; step++) {
    const next = tf.tidy(() => {
      const gradient = X.transpose().matMul(X.matMul(theta).sub(y)).mul(2 / n);
      return theta.sub(gradient.mul(learningRate));
    });
    theta.dispose();
    theta = next;
  }
  const [w, b] = theta.dataSync();
  tf.dispose([X, y, theta]);
  return { w, b };
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
