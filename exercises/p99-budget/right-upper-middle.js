// Binary search for the last index that meets the budget, probing the upper middle.
async function highestRate(measure, rates, budgetMs) {
  let low = 0;
  let high = rates.length - 1;
  let found = null;
  while (low <= high) {
    const mid = Math.ceil((low + high) / 2);
    const p99 = (await measure(rates[mid])).latencyMs.p99;
    if (p99 <= budgetMs) {
      found = rates[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
