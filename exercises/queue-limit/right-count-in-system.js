// Counts the requests in the system (done after now); all but the one in service are waiting.
function admit(arrivals, serviceMs, maxQueue) {
  const dones = [];
  const result = [];
  for (let i = 0; i < arrivals.length; i++) {
    const now = arrivals[i];
    const inSystem = dones.filter((d) => d > now).length;
    const waiting = Math.max(0, inSystem - 1);
    if (inSystem > 0 && waiting >= maxQueue) {
      result.push({ status: 503 });
    } else {
      const last = dones.length > 0 ? dones[dones.length - 1] : 0;
      const done = Math.max(now, last) + serviceMs;
      dones.push(done);
      result.push({ status: 200, doneMs: done });
    }
  }
  return result;
}
