// t(0.975, df), lesson 7's table: T975[df].
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

// The share of `projects` simulated projects in which at least one of `k` useless steps,
// each with `seeds` paired differences of pure noise, has a 95 % interval that excludes 0.
function falseWinRate(k, seeds, projects, tCritical) {
  let projectsWithAWin = 0;
  for (let p = 0; p < projects; p++) {
    // Your code: simulate k useless steps; count this project if any of them looks real.
  }
  return projectsWithAWin / projects;
}

console.log(falseWinRate(5, 4, 2000, T975), 'formula', 1 - 0.95 ** 5);
