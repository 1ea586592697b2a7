// Mistake: counts an image as flagged only when its score is strictly above t, then returns t,
// though the detector flags score >= t: every answer flags one score's images more than planned.
function pickThreshold(scores, isNine, scenario) {
  const nines = isNine.filter(Boolean).length;
  let chosen = 0;
  let bestValue = -1;
  for (const t of new Set(scores)) {
    let tp = 0, flagged = 0;
    scores.forEach((s, i) => {
      if (s > t) {
        flagged++;
        if (isNine[i]) tp++;
      }
    });
    if (flagged === 0) continue;
    const precision = tp / flagged, recall = tp / nines;
    const [floor, value] = scenario === 'screening' ? [recall, precision] : [precision, recall];
    if (floor >= 0.95 && value > bestValue) {
      bestValue = value;
      chosen = t;
    }
  }
  return chosen;
}
