// Mistake: right numbers, but the gradient comes from autodiff instead of the formula.
function fitLine(xs, ys, { learningRate = 0.1, steps = 200 } = {}) {
  let w = 0;
  let b = 0;
  const loss = (wb) => xs.mul(wb.gather(0)).add(wb.gather(1)).sub(ys).square().mean();
  const gradient = tf.grad(loss);
  for (let step = 0; step < steps; step++) {
    const [gradW, gradB] = tf.tidy(() => Array.from(gradient(tf.tensor1d([w, b])).dataSync()));
    w -= learningRate * gradW;
    b -= learningRate * gradB;
  }
  return { w, b };
}

// Try it: points on the line y = 3x − 2.
const xs = tf.tensor1d([-1, -0.5, 0, 0.5, 1]);
const ys = xs.mul(3).sub(2);
console.log(fitLine(xs, ys, { learningRate: 0.1, steps: 200 }));
