// Mistake: interpolates between the two recorded latencies around the rank, as some
// spreadsheet percentile functions do; a histogram only knows the latencies it recorded.
function percentile(recorded, p) {
  const all = recorded.flatMap(({ ms, count }) => Array(count).fill(ms));
  const position = (p / 100) * (all.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return all[low] + (all[high] - all[low]) * (position - low);
}
