// t(0.975, df), lesson 7's table: T975[df].
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

function gaussian() {
  let u = 0;
  while (u === 0) u = Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * Math.random());
}

// The share of `projects` simulated projects in which at least one of `k` useless steps,
// each with `seeds` paired differences of pure noise, has a 95 % interval that excludes 0.
function falseWinRate(k, seeds, projects, tCritical) {
  const half = (d) => {
    const m = d.reduce((a, b) => a + b) / d.length;
    const variance = d.reduce((a, x) => a + x * x, 0) / (d.length - 1) - (m * m * d.length) / (d.length - 1);
    return { m, h: (tCritical[d.length - 1] * Math.sqrt(variance)) / Math.sqrt(d.length) };
  };
  const projectsWithAWin = Array.from({ length: projects }, () =>
    Array.from({ length: k }, () => half(Array.from({ length: seeds }, gaussian))).some(({ m, h }) => m - h > 0 || m + h < 0));
  return projectsWithAWin.filter(Boolean).length / projects;
}

console.log(falseWinRate(5, 4, 2000, T975), 'formula', 1 - 0.95 ** 5);
