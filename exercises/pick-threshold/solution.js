// Counts of one threshold: flag the images with score >= t.
function countsAt(scores, isNine, t) {
  let tp = 0, fp = 0, fn = 0;
  scores.forEach((score, i) => {
    const flagged = score >= t;
    if (flagged && isNine[i]) tp++;
    else if (flagged) fp++;
    else if (isNine[i]) fn++;
  });
  return { precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp / (tp + fn) };
}

// Screening puts a floor on recall and maximises precision; autopilot the other way round.
function pickThreshold(scores, isNine, scenario) {
  const [floorOn, best] = scenario === 'screening' ? ['recall', 'precision'] : ['precision', 'recall'];
  let chosen;
  let bestValue = -1;
  for (const t of new Set(scores)) {
    const figures = countsAt(scores, isNine, t);
    if (figures[floorOn] >= 0.95 && figures[best] > bestValue) {
      bestValue = figures[best];
      chosen = t;
    }
  }
  return chosen;
}

const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
const isNine = [true, false, true, true, false, true];
console.log(pickThreshold(scores, isNine, 'screening'), pickThreshold(scores, isNine, 'autopilot')); // 0.4 0.9
