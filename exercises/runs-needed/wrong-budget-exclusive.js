// Wrong on purpose: never tries maxRuns itself (n < maxRuns), so when exactly maxRuns runs are
// needed it reports that none is enough.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  for (let n = 2; n < maxRuns; n++) {
    if ((tCritical[n - 1] * s) / Math.sqrt(n) <= halfWidth) return n;
  }
  return null;
}
