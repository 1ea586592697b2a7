// The Hessian and power iteration in plain JavaScript numbers (float64), after one read of X.
function largestStableLearningRate(X) {
  const rows = X.arraySync();
  const n = rows.length;
  const d = rows[0].length;
  const H = Array.from({ length: d }, () => new Array(d).fill(0));
  for (const row of rows) for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) H[j][k] += (row[j] * row[k]) / n;
  let v = new Array(d).fill(1);
  let L = 0;
  for (let round = 0; round < 300; round++) {
    const Hv = H.map((hRow) => hRow.reduce((s, h, k) => s + h * v[k], 0));
    L = Math.hypot(...Hv);
    v = Hv.map((x) => x / L);
  }
  return 2 / L;
}

const digits = await data.load('digits');
console.log('largest stable learning rate:', largestStableLearningRate(digits.xTrain));
