// Mistake: treats each distinct latency as one request, ignoring how many took it.
function percentile(recorded, p) {
  const rank = Math.ceil((p / 100) * recorded.length);
  return recorded[Math.max(1, rank) - 1].ms;
}
