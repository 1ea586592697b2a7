// An event-by-event simulation: a queue of accepted requests' start times, drained as time passes.
function admit(arrivals, serviceMs, maxQueue) {
  const queue = []; // start times of accepted requests that have not started yet at the current time
  let busyUntil = 0;
  const answers = [];
  for (const now of arrivals) {
    // Requests whose start time has come are no longer waiting.
    while (queue.length > 0 && queue[0] <= now) queue.shift();
    const mustWait = busyUntil > now;
    if (mustWait && queue.length >= maxQueue) {
      answers.push({ status: 503 });
      continue;
    }
    const start = mustWait ? busyUntil : now;
    if (mustWait) queue.push(start);
    busyUntil = start + serviceMs;
    answers.push({ status: 200, doneMs: busyUntil });
  }
  return answers;
}
