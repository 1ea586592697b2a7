// Mistake: returns the first rate that misses the budget (one step too far).
async function highestRate(measure, rates, budgetMs) {
  let lo = -1;
  let hi = rates.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await measure(rates[mid])).latencyMs.p99 <= budgetMs) lo = mid;
    else hi = mid;
  }
  return hi < rates.length ? rates[hi] : rates[lo];
}
