// Binary search, written as recursion over the slice still in doubt.
async function highestRate(measure, rates, budgetMs) {
  async function search(from, to, best) {
    if (from > to) return best;
    const mid = (from + to) >> 1;
    const { latencyMs } = await measure(rates[mid]);
    return latencyMs.p99 <= budgetMs ? search(mid + 1, to, rates[mid]) : search(from, mid - 1, best);
  }
  return search(0, rates.length - 1, null);
}
