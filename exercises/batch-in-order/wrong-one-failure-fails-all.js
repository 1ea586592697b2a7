// Mistake: the try/catch is around the whole loop, so one failing batch answers every request 500.
async function serveBatched(requests, predict, maxBatchSize) {
  try {
    const answers = [];
    let batch = [];
    let rows = 0;
    const run = async () => {
      const outputs = await predict(batch.flatMap((r) => r.instances));
      let offset = 0;
      for (const r of batch) {
        answers.push({ status: 200, outputs: outputs.slice(offset, offset + r.instances.length) });
        offset += r.instances.length;
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
  } catch (error) {
    return requests.map(() => ({ status: 500, error: error.message }));
  }
}
