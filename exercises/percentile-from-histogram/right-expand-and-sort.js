// Expand the histogram back into one entry per request, then take the nearest rank.
function percentile(recorded, p) {
  const all = recorded.flatMap(({ ms, count }) => Array(count).fill(ms));
  all.sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * all.length); // 1-based: the rank-th fastest request
  return all[Math.max(1, rank) - 1];
}
