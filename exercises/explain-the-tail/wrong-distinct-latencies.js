// Mistake: the share of distinct latencies above the gap, not of requests.
function explainTail(recorded) {
  let split = 1;
  for (let i = 1; i < recorded.length; i++) {
    if (recorded[i].ms / recorded[i - 1].ms > recorded[split].ms / recorded[split - 1].ms) split = i;
  }
  return { splitMs: recorded[split].ms, slowShare: (recorded.length - split) / recorded.length };
}
