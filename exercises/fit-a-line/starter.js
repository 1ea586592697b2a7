// Fit y ≈ w·x + b by gradient descent on the mean squared error.
// xs, ys: rank-1 tensors of the same length. Return { w, b } as plain numbers.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  let w = 0;
  let b = 0;
  for (let step = 0; step < steps; step++) {
    // TODO: compute the gradients of the mean squared error with respect to w and b,
    // then move w and b a small step (learningRate) against them.
  }
  return { w, b };
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
