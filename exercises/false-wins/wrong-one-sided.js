// t(0.975, df), lesson 7's table: T975[df].
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

// A standard normal draw (Box–Muller).
const normal = () => Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());

// Whether a step's 95 % interval, mean ± t · s / √n, excludes 0.
function looksReal(differences, t) {
  const n = differences.length;
  const mean = differences.reduce((sum, d) => sum + d, 0) / n;
  const s = Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1));
  return mean > (t * s) / Math.sqrt(n);   // only a gain counts
}

// The share of `projects` simulated projects in which at least one of `k` useless steps,
// each with `seeds` paired differences of pure noise, has a 95 % interval that excludes 0.
function falseWinRate(k, seeds, projects, tCritical) {
  let projectsWithAWin = 0;
  for (let p = 0; p < projects; p++) {
    let win = false;
    for (let step = 0; step < k; step++) {
      const differences = Array.from({ length: seeds }, normal);
      if (looksReal(differences, tCritical[seeds - 1])) win = true;
    }
    if (win) projectsWithAWin++;
  }
  return projectsWithAWin / projects;
}

console.log(falseWinRate(5, 4, 2000, T975), 'formula', 1 - 0.95 ** 5);
