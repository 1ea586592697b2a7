// Right, written differently: a while loop, comparing squares (t·s)² ≤ halfWidth² · n, no square root.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  let n = 2;
  while (n <= maxRuns && (tCritical[n - 1] * s) ** 2 > halfWidth ** 2 * n) n += 1;
  return n <= maxRuns ? n : null;
}
