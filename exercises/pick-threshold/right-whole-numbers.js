// The same choice in whole numbers: a/b ≥ 95 % is 100·a ≥ 95·b, and a/b > c/d is a·d > c·b.
function pickThreshold(scores, isNine, scenario) {
  const nines = isNine.reduce((sum, nine) => sum + (nine ? 1 : 0), 0);
  let best = null;
  for (const t of [...new Set(scores)].sort((a, b) => a - b)) {
    let tp = 0;
    let flagged = 0;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i] >= t) {
        flagged++;
        if (isNine[i]) tp++;
      }
    }
    // As fractions [numerator, denominator].
    const precision = [tp, flagged];
    const recall = [tp, nines];
    const [floor, objective] = scenario === 'screening' ? [recall, precision] : [precision, recall];
    if (100 * floor[0] < 95 * floor[1]) continue;
    if (!best || objective[0] * best.objective[1] > best.objective[0] * objective[1]) best = { t, objective };
  }
  return best.t;
}
