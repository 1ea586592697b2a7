// Wrong on purpose: starts at one run. tCritical[0] is unused (no degrees of freedom: one run has
// no standard deviation), and this returns 1 for every target.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  for (let n = 1; n <= maxRuns; n++) {
    if ((tCritical[n - 1] * s) / Math.sqrt(n) <= halfWidth) return n;
  }
  return null;
}
