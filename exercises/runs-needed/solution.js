// The smallest number of runs n (2 ≤ n ≤ maxRuns) whose 95 % interval half-width t·s/√n is at most halfWidth.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  for (let n = 2; n <= maxRuns; n++) {
    const t = tCritical[n - 1];                  // n runs: n − 1 degrees of freedom
    if ((t * s) / Math.sqrt(n) <= halfWidth) return n;
  }
  return null;
}

// t(0.975, df) for df = 1 … 30, as in lesson 7.
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
  2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042];
console.log(runsNeeded(0.012, 0.008, T975, 31));   // 12
