// The smallest recorded latency that at least p % of requests took or beat.
// recorded: [{ ms, count }, …], fastest first. 0 < p ≤ 100.
function percentile(recorded, p) {
  const total = recorded.reduce((sum, { count }) => sum + count, 0);
  const needed = (total * p) / 100; // requests that must be at or under the answer
  let seen = 0;
  for (const { ms, count } of recorded) {
    seen += count;
    if (seen >= needed) return ms;
  }
  return recorded[recorded.length - 1].ms;
}

const example = [{ ms: 1, count: 5 }, { ms: 2, count: 4 }, { ms: 9, count: 1 }];
console.log(percentile(example, 50), percentile(example, 60), percentile(example, 95)); // 1 2 9
