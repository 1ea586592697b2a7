// One pass for the gap with reduce, and the slow share from the fast share.
function explainTail(recorded) {
  const { index } = recorded.reduce(
    (best, r, i) => (i > 0 && r.ms / recorded[i - 1].ms > best.ratio ? { index: i, ratio: r.ms / recorded[i - 1].ms } : best),
    { index: 1, ratio: 0 },
  );
  const splitMs = recorded[index].ms;
  const total = recorded.reduce((s, r) => s + r.count, 0);
  const fast = recorded.filter((r) => r.ms < splitMs).reduce((s, r) => s + r.count, 0);
  return { splitMs, slowShare: (total - fast) / total };
}
