// Mean NLL of softmax(z / T) over the rows, with a stable log-sum-exp (subtract the row's max).
function meanNll(rows, labels, T) {
  let total = 0;
  rows.forEach((row, i) => {
    const scaled = row.map((z) => z / T);
    const max = Math.max(...scaled);
    const logSumExp = max + Math.log(scaled.reduce((sum, s) => sum + Math.exp(s - max), 0));
    total += logSumExp - scaled[labels[i]];
  });
  return total / rows.length;
}

// The NLL has one minimum in T (it is convex in 1/T), so a golden-section search finds it.
function fitTemperature(logits, labels) {
  const rows = logits.arraySync();
  let [lo, hi] = [0.05, 20];
  const g = (Math.sqrt(5) - 1) / 2;
  while (hi - lo > 1e-5) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (meanNll(rows, labels, a) < meanNll(rows, labels, b)) hi = b;
    else lo = a;
  }
  return (lo + hi) / 2;
}

// Overconfident logits: twice as large as they should be, so T should come out near 2.
seed(3);
const truth = tf.tidy(() => tf.randomNormal([400, 5]).mul(2));
const labels = Array.from(tf.tidy(() => tf.multinomial(truth, 1).reshape([-1])).dataSync());
const logits = truth.mul(2);
console.log(fitTemperature(logits, labels));
truth.dispose();
logits.dispose();
