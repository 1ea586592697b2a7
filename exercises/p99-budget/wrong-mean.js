// Mistake: holds the mean latency to the budget instead of the p99.
async function highestRate(measure, rates, budgetMs) {
  let lo = -1;
  let hi = rates.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await measure(rates[mid])).latencyMs.mean <= budgetMs) lo = mid;
    else hi = mid;
  }
  return lo >= 0 ? rates[lo] : null;
}
