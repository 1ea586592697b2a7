// The widest gap on a log scale between neighbouring latencies splits fast from slow requests.
// recorded: [{ ms, count }, …], fastest first. Returns { splitMs, slowShare }.
function explainTail(recorded) {
  // 1. The widest gap on a log axis: the largest ratio between neighbours.
  let split = 1;
  for (let i = 1; i < recorded.length; i++) {
    if (recorded[i].ms / recorded[i - 1].ms > recorded[split].ms / recorded[split - 1].ms) split = i;
  }
  // 2. The share of requests from there up.
  const total = recorded.reduce((sum, r) => sum + r.count, 0);
  const slow = recorded.slice(split).reduce((sum, r) => sum + r.count, 0);
  return { splitMs: recorded[split].ms, slowShare: slow / total };
}

const example = [{ ms: 1, count: 50 }, { ms: 1.2, count: 40 }, { ms: 1.5, count: 6 }, { ms: 30, count: 2 }, { ms: 45, count: 2 }];
console.log(explainTail(example)); // { splitMs: 30, slowShare: 0.04 }
