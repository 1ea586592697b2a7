function admit(arrivals, serviceMs, maxQueue) {
  // No limit yet: every request is accepted and waits its turn.
  let free = 0;
  return arrivals.map((t) => {
    const start = Math.max(t, free);
    free = start + serviceMs;
    return { status: 200, doneMs: free };
  });
}
