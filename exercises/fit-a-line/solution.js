// Fit y ≈ w·x + b by gradient descent on the mean squared error.
// xs, ys: rank-1 tensors of the same length. Return { w, b } as plain numbers.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  let w = 0;
  let b = 0;
  for (let step = 0; step < steps; step++) {
    // tf.tidy frees every tensor made inside once the step is done.
    const [gradW, gradB] = tf.tidy(() => {
      const residual = xs.mul(w).add(b).sub(ys);            // w·x + b − y, one per point
      const dw = residual.mul(xs).mean().mul(2);            // ∂L/∂w = 2·mean(r·x)
      const db = residual.mean().mul(2);                    // ∂L/∂b = 2·mean(r)
      return [dw.dataSync()[0], db.dataSync()[0]];
    });
    w -= learningRate * gradW;
    b -= learningRate * gradB;
  }
  return { w, b };
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
