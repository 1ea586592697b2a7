// Mistake: reports the last fast latency (below the gap) as the split, and counts it as slow.
function explainTail(recorded) {
  let split = 1;
  for (let i = 1; i < recorded.length; i++) {
    if (recorded[i].ms / recorded[i - 1].ms > recorded[split].ms / recorded[split - 1].ms) split = i;
  }
  const total = recorded.reduce((sum, r) => sum + r.count, 0);
  const slow = recorded.slice(split - 1).reduce((sum, r) => sum + r.count, 0);
  return { splitMs: recorded[split - 1].ms, slowShare: slow / total };
}
