// Mistake: the widest gap in milliseconds, not on a log scale. Inside a slow hump the
// latencies are far apart in ms, so the split lands inside the tail.
function explainTail(recorded) {
  let split = 1;
  for (let i = 1; i < recorded.length; i++) {
    if (recorded[i].ms - recorded[i - 1].ms > recorded[split].ms - recorded[split - 1].ms) split = i;
  }
  const total = recorded.reduce((sum, r) => sum + r.count, 0);
  const slow = recorded.slice(split).reduce((sum, r) => sum + r.count, 0);
  return { splitMs: recorded[split].ms, slowShare: slow / total };
}
