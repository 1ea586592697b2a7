// Mistake: the floor is put on the wrong figure — precision for screening, recall for autopilot.
function pickThreshold(scores, isNine, scenario) {
  const [floorOn, best] = scenario === 'screening' ? ['precision', 'recall'] : ['recall', 'precision'];
  const nines = isNine.filter(Boolean).length;
  let chosen = scores[0];
  let bestValue = -1;
  for (const t of new Set(scores)) {
    let tp = 0, flagged = 0;
    scores.forEach((s, i) => {
      if (s >= t) {
        flagged++;
        if (isNine[i]) tp++;
      }
    });
    const figures = { precision: tp / flagged, recall: tp / nines };
    if (figures[floorOn] >= 0.95 && figures[best] > bestValue) {
      bestValue = figures[best];
      chosen = t;
    }
  }
  return chosen;
}
