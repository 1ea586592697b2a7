// Mistake: the gradient without the factor 2 from differentiating the square (the steps are half as long).
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  let w = 0;
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const [gradW, gradB] = tf.tidy(() => {
      const residual = xs.mul(w).add(b).sub(ys);
      return [residual.mul(xs).mean().dataSync()[0], residual.mean().dataSync()[0]];
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
