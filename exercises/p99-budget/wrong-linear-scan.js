// Mistake: right answer, but a load test at every rate from the bottom up: far over the budget of calls.
async function highestRate(measure, rates, budgetMs) {
  let best = null;
  for (const rate of rates) {
    if ((await measure(rate)).latencyMs.p99 > budgetMs) break;
    best = rate;
  }
  return best;
}
