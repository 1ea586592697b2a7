// The smallest recorded latency that at least p % of requests took or beat.
// recorded: [{ ms, count }, …], fastest first. 0 < p ≤ 100.
function percentile(recorded, p) {
  // TODO: walk up the histogram, adding counts, until you have p % of all requests.
  return recorded[0].ms;
}

const example = [{ ms: 1, count: 5 }, { ms: 2, count: 4 }, { ms: 9, count: 1 }];
console.log(percentile(example, 50), percentile(example, 60), percentile(example, 95)); // 1 2 9
