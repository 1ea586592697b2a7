// Mistake: a request that does not fit waits, and later small ones jump ahead to fill the batch
// (fewer predict calls, but a request overtakes an earlier one).
async function serveBatched(requests, predict, maxBatchSize) {
  const waiting = requests.map((request, i) => ({ request, i }));
  const answers = new Array(requests.length);
  while (waiting.length > 0) {
    const batch = [waiting.shift()];
    let rows = batch[0].request.instances.length;
    for (let k = 0; k < waiting.length; ) {
      const n = waiting[k].request.instances.length;
      if (rows + n <= maxBatchSize) {
        batch.push(...waiting.splice(k, 1));
        rows += n;
      } else k++;
    }
    try {
      const outputs = await predict(batch.flatMap(({ request }) => request.instances));
      let offset = 0;
      for (const { request, i } of batch) {
        answers[i] = { status: 200, outputs: outputs.slice(offset, offset + request.instances.length) };
        offset += request.instances.length;
      }
    } catch (error) {
      for (const { i } of batch) answers[i] = { status: 500, error: error.message };
    }
  }
  return answers;
}
