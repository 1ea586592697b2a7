// Mistake: exp of the scaled logits without subtracting the row's max: large logits overflow.
function meanNll(rows, labels, T) {
  let total = 0;
  rows.forEach((row, i) => {
    const e = row.map((z) => Math.exp(z / T));
    total -= Math.log(e[labels[i]] / e.reduce((a, b) => a + b, 0));
  });
  return total / rows.length;
}

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
