// Sort once by score, highest first, and sweep: each distinct score is a threshold, and the
// running counts of 9s and non-9s above it give precision and recall.
function pickThreshold(scores, isNine, scenario) {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a]);
  const nines = isNine.filter(Boolean).length;
  let tp = 0;
  let flagged = 0;
  let answer = null;
  let bestValue = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    flagged++;
    if (isNine[i]) tp++;
    // Only at the last image of a run of equal scores is the threshold's flagged set complete.
    if (k + 1 < order.length && scores[order[k + 1]] === scores[i]) continue;
    const precision = tp / flagged;
    const recall = tp / nines;
    const meets = scenario === 'screening' ? recall >= 0.95 : precision >= 0.95;
    const value = scenario === 'screening' ? precision : recall;
    if (meets && value > bestValue) {
      bestValue = value;
      answer = scores[i];
    }
  }
  return answer;
}
