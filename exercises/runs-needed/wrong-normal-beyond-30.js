// Wrong on purpose: switches to the normal quantile 1.96 beyond 30 degrees of freedom. t is still
// above 1.96 there (2.04 at 30, 2.00 at 60), so for targets that need many runs it answers too few.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  for (let n = 2; n <= maxRuns; n++) {
    const t = n - 1 > 30 ? 1.96 : tCritical[n - 1];
    if ((t * s) / Math.sqrt(n) <= halfWidth) return n;
  }
  return null;
}
