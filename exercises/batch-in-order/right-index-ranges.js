// Batches as index ranges [start, end) into requests; answers written into their slots.
async function serveBatched(requests, predict, maxBatchSize) {
  const answers = new Array(requests.length);
  let start = 0;
  while (start < requests.length) {
    let end = start + 1;
    let total = requests[start].instances.length;
    while (end < requests.length && total + requests[end].instances.length <= maxBatchSize) {
      total += requests[end].instances.length;
      end++;
    }
    const rows = [];
    for (let i = start; i < end; i++) rows.push(...requests[i].instances);
    let outputs;
    let failure;
    try {
      outputs = await predict(rows);
    } catch (error) {
      failure = String(error && error.message);
    }
    let next = 0;
    for (let i = start; i < end; i++) {
      const n = requests[i].instances.length;
      answers[i] = failure === undefined ? { status: 200, outputs: outputs.slice(next, next + n) } : { status: 500, error: failure };
      next += n;
    }
    start = end;
  }
  return answers;
}
