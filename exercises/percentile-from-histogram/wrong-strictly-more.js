// Mistake: waits for more than p % instead of at least p %.
function percentile(recorded, p) {
  const total = recorded.reduce((sum, { count }) => sum + count, 0);
  let seen = 0;
  for (const { ms, count } of recorded) {
    seen += count;
    if (seen > (total * p) / 100) return ms;
  }
  return recorded[recorded.length - 1].ms;
}
