// Mistake: a refused request still books the server, pushing back everyone after it.
function admit(arrivals, serviceMs, maxQueue) {
  const starts = [];
  let free = 0;
  return arrivals.map((t) => {
    const start = Math.max(t, free);
    const waiting = starts.filter((s) => s > t).length;
    free = start + serviceMs;
    if (start > t && waiting >= maxQueue) return { status: 503 };
    starts.push(start);
    return { status: 200, doneMs: free };
  });
}
