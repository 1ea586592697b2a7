// Mistake: takes the highest threshold that meets the floor, as if precision always rose with
// the threshold (for screening) — it does not.
function pickThreshold(scores, isNine, scenario) {
  const nines = isNine.filter(Boolean).length;
  const candidates = [...new Set(scores)].sort((a, b) => b - a);
  for (const t of candidates) {
    let tp = 0, flagged = 0;
    scores.forEach((s, i) => {
      if (s >= t) {
        flagged++;
        if (isNine[i]) tp++;
      }
    });
    if (scenario === 'screening' && tp / nines >= 0.95) return t;
  }
  // Autopilot: the lowest threshold that keeps precision ≥ 95 % (this half is right).
  let answer = candidates[0];
  for (const t of candidates) {
    let tp = 0, flagged = 0;
    scores.forEach((s, i) => {
      if (s >= t) {
        flagged++;
        if (isNine[i]) tp++;
      }
    });
    if (tp / flagged >= 0.95) answer = t;
  }
  return answer;
}
