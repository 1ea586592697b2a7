// Mistake: counts every request accepted so far as waiting, so the queue never drains.
function admit(arrivals, serviceMs, maxQueue) {
  let accepted = 0;
  let free = 0;
  return arrivals.map((t) => {
    const start = Math.max(t, free);
    if (start > t && accepted - 1 >= maxQueue) return { status: 503 };
    accepted++;
    free = start + serviceMs;
    return { status: 200, doneMs: free };
  });
}
