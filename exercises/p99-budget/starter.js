// The highest rate in rates (ascending) whose p99 is at most budgetMs, or null.
// measure(rate) resolves to a load test result: { offeredRate, throughput, latencyMs: { p50, p95, p99, max, mean } }.
async function highestRate(measure, rates, budgetMs) {
  // TODO: binary search, at most ⌈log₂(n + 1)⌉ calls to measure.
  return rates[rates.length - 1];
}
