// Wrong on purpose: asks for a half-width strictly below the target, so an n that meets it
// exactly is passed over.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  for (let n = 2; n <= maxRuns; n++) {
    if ((tCritical[n - 1] * s) / Math.sqrt(n) < halfWidth) return n;
  }
  return null;
}
