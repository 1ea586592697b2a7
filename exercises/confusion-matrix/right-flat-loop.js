// One flat array of k·k counts, filled by scanning each row for its largest probability.
function confusionMatrix(labels, probabilities) {
  const [n, k] = probabilities.shape;
  const values = probabilities.dataSync();
  const flat = new Int32Array(k * k);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (values[i * k + c] > values[i * k + best]) best = c;
    flat[labels[i] * k + best]++;
  }
  const rows = [];
  for (let t = 0; t < k; t++) rows.push(Array.from(flat.subarray(t * k, (t + 1) * k)));
  return rows;
}
