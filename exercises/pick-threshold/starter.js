// The threshold t (flag score >= t) that fits the scenario: 'screening' or 'autopilot'.
function pickThreshold(scores, isNine, scenario) {
  // TODO: try each score as t; count true positives, false positives and false negatives;
  // keep the t that meets the scenario's floor with the best other figure.
  return 0.5;
}

const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
const isNine = [true, false, true, true, false, true];
console.log(pickThreshold(scores, isNine, 'screening'), pickThreshold(scores, isNine, 'autopilot')); // 0.4 0.9
