function admit(arrivals, serviceMs, maxQueue) {
  const starts = []; // start times of accepted requests, in order
  let free = 0;      // when the last accepted request is done
  return arrivals.map((t) => {
    const start = Math.max(t, free);
    // Waiting now: accepted requests that start after t. Only a request that must wait can be refused.
    const waiting = starts.filter((s) => s > t).length;
    if (start > t && waiting >= maxQueue) return { status: 503 };
    starts.push(start);
    free = start + serviceMs;
    return { status: 200, doneMs: free };
  });
}
