// t(0.975, df), lesson 7's table: T975[df].
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

// The share of `projects` simulated projects in which at least one of `k` useless steps,
// each with `seeds` paired differences of pure noise, has a 95 % interval that excludes 0.
function falseWinRate(k, seeds, projects, tCritical) {
  const t = tCritical[seeds - 1];
  let count = 0;
  for (let p = 0; p < projects; p++) {
    for (let step = 0; step < k; step++) {
      // Box–Muller pairs: two normals from two uniforms.
      const d = [];
      while (d.length < seeds) {
        const r = Math.sqrt(-2 * Math.log(1 - Math.random()));
        const angle = 2 * Math.PI * Math.random();
        d.push(r * Math.cos(angle), r * Math.sin(angle));
      }
      d.length = seeds;
      const mean = d.reduce((a, b) => a + b, 0) / seeds;
      const se = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (seeds - 1) / seeds);
      if (Math.abs(mean / se) > t) {
        count++;
        break;   // one win is enough for this project
      }
    }
  }
  return count / projects;
}

console.log(falseWinRate(5, 4, 2000, T975), 'formula', 1 - 0.95 ** 5);
