// Wrong on purpose: looks up t with n degrees of freedom instead of n − 1, so t is too small and
// the interval too narrow: it answers with too few runs.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  for (let n = 2; n <= maxRuns; n++) {
    const t = tCritical[n] ?? tCritical[n - 1];
    if ((t * s) / Math.sqrt(n) <= halfWidth) return n;
  }
  return null;
}
