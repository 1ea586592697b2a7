// The highest rate in rates (ascending) whose p99 is at most budgetMs, or null.
// measure(rate) resolves to a load test result: { offeredRate, throughput, latencyMs: { p50, p95, p99, max, mean } }.
async function highestRate(measure, rates, budgetMs) {
  // lo: highest index known to meet the budget; hi: lowest index known to miss it.
  let lo = -1;
  let hi = rates.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const result = await measure(rates[mid]);
    if (result.latencyMs.p99 <= budgetMs) lo = mid;
    else hi = mid;
  }
  return lo >= 0 ? rates[lo] : null;
}
