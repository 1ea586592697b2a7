// Newton's method on β = 1/T, with the lesson's derivatives: L'(β) = mean(E_p[z] − z_y) and
// L''(β) = mean(Var_p[z]) ≥ 0, so each step moves toward the one minimum.
function fitTemperature(logits, labels) {
  const rows = logits.arraySync();
  let beta = 1;
  for (let step = 0; step < 100; step++) {
    let slope = 0;
    let curvature = 0;
    rows.forEach((row, i) => {
      const max = Math.max(...row.map((z) => beta * z));
      const e = row.map((z) => Math.exp(beta * z - max));
      const total = e.reduce((a, b) => a + b, 0);
      const mean = row.reduce((s, z, k) => s + (e[k] / total) * z, 0);
      const square = row.reduce((s, z, k) => s + (e[k] / total) * z * z, 0);
      slope += mean - row[labels[i]];
      curvature += square - mean * mean;
    });
    // A damped step: never more than halve or double β at once.
    const next = Math.min(2 * beta, Math.max(beta / 2, beta - slope / Math.max(curvature, 1e-12)));
    if (Math.abs(next - beta) < 1e-10 * beta) break;
    beta = next;
  }
  return 1 / beta;
}
