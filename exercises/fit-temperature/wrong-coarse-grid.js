// Mistake: tries T in steps of 0.5 only, and keeps the best of those.
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
  let best = 1;
  for (let T = 0.5; T <= 10; T += 0.5) if (meanNll(rows, labels, T) < meanNll(rows, labels, best)) best = T;
  return best;
}
