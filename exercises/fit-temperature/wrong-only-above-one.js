// Mistake: assumes a model is always overconfident and searches T only from 1 upwards.
function meanNll(rows, labels, T) {
  let total = 0;
  rows.forEach((row, i) => {
    const scaled = row.map((z) => z / T);
    const max = Math.max(...scaled);
    total += max + Math.log(scaled.reduce((sum, s) => sum + Math.exp(s - max), 0)) - scaled[labels[i]];
  });
  return total / rows.length;
}

function fitTemperature(logits, labels) {
  const rows = logits.arraySync();
  let [lo, hi] = [1, 20];
  while (hi - lo > 1e-5) {
    const a = lo + (hi - lo) / 3;
    const b = hi - (hi - lo) / 3;
    if (meanNll(rows, labels, a) < meanNll(rows, labels, b)) hi = b;
    else lo = a;
  }
  return (lo + hi) / 2;
}
