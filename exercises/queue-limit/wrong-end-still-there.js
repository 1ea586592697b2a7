// Mistake: a request that ends exactly at the arrival time is still counted (>= instead of >).
function admit(arrivals, serviceMs, maxQueue) {
  const dones = [];
  const answers = [];
  for (const t of arrivals) {
    const inSystem = dones.filter((d) => d >= t).length;
    const waiting = Math.max(0, inSystem - 1);
    if (inSystem > 0 && waiting >= maxQueue) {
      answers.push({ status: 503 });
      continue;
    }
    const done = Math.max(t, dones.length ? dones[dones.length - 1] : 0) + serviceMs;
    dones.push(done);
    answers.push({ status: 200, doneMs: done });
  }
  return answers;
}
