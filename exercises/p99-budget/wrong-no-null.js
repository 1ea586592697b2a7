// Mistake: when no rate meets the budget, answers the lowest rate instead of null.
async function highestRate(measure, rates, budgetMs) {
  let lo = 0;
  let hi = rates.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await measure(rates[mid])).latencyMs.p99 <= budgetMs) lo = mid;
    else hi = mid;
  }
  return rates[lo];
}
