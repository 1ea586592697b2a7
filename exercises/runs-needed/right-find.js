// Right, written differently: every affordable run count, and the first whose half-width fits.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  const counts = Array.from({ length: maxRuns - 1 }, (_, i) => i + 2);   // 2 … maxRuns
  const halfWidthOf = (n) => tCritical[n - 1] * (s / Math.sqrt(n));
  return counts.find((n) => halfWidthOf(n) <= halfWidth) ?? null;
}
