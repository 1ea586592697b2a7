// Mistake: the request being served is counted as waiting.
function admit(arrivals, serviceMs, maxQueue) {
  const dones = [];
  let free = 0;
  return arrivals.map((t) => {
    const inSystem = dones.filter((d) => d > t).length;
    if (inSystem > 0 && inSystem >= maxQueue) return { status: 503 };
    free = Math.max(t, free) + serviceMs;
    dones.push(free);
    return { status: 200, doneMs: free };
  });
}
