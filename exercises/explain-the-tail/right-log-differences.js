// The same gap, measured as a difference of logarithms.
function explainTail(recorded) {
  const logs = recorded.map((r) => Math.log(r.ms));
  let best = 1;
  for (let i = 2; i < logs.length; i++) if (logs[i] - logs[i - 1] > logs[best] - logs[best - 1]) best = i;
  let slow = 0;
  let total = 0;
  recorded.forEach((r, i) => {
    total += r.count;
    if (i >= best) slow += r.count;
  });
  return { splitMs: recorded[best].ms, slowShare: slow / total };
}
