// The widest gap on a log scale between neighbouring latencies splits fast from slow requests.
// recorded: [{ ms, count }, …], fastest first. Returns { splitMs, slowShare }.
function explainTail(recorded) {
  // TODO: find the largest ratio between neighbouring latencies, then count the requests above it.
  return { splitMs: recorded[recorded.length - 1].ms, slowShare: 0 };
}

const example = [{ ms: 1, count: 50 }, { ms: 1.2, count: 40 }, { ms: 1.5, count: 6 }, { ms: 30, count: 2 }, { ms: 45, count: 2 }];
console.log(explainTail(example)); // { splitMs: 30, slowShare: 0.04 }
