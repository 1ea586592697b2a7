// Mistake: each request gets the output row at its own index in the batch, as if every request
// held exactly one instance.
async function serveBatched(requests, predict, maxBatchSize) {
  const answers = [];
  let batch = [];
  let rows = 0;
  const run = async () => {
    try {
      const outputs = await predict(batch.flatMap((r) => r.instances));
      batch.forEach((r, k) => answers.push({ status: 200, outputs: [outputs[k]] }));
    } catch (error) {
      batch.forEach(() => answers.push({ status: 500, error: error.message }));
    }
    batch = [];
    rows = 0;
  };
  for (const request of requests) {
    if (batch.length > 0 && rows + request.instances.length > maxBatchSize) await run();
    batch.push(request);
    rows += request.instances.length;
  }
  if (batch.length > 0) await run();
  return answers;
}
