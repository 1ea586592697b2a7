// Mistake: picks the threshold with the best accuracy, whatever the scenario asks for.
function pickThreshold(scores, isNine, scenario) {
  let chosen = scores[0];
  let bestAccuracy = -1;
  for (const t of new Set(scores)) {
    const right = scores.filter((s, i) => (s >= t) === isNine[i]).length;
    if (right / scores.length > bestAccuracy) {
      bestAccuracy = right / scores.length;
      chosen = t;
    }
  }
  return chosen;
}
