async function serveBatched(requests, predict, maxBatchSize) {
  // 1. Group consecutive requests into batches of at most maxBatchSize rows.
  const batches = [];
  let current = [];
  let rows = 0;
  for (const request of requests) {
    const size = request.instances.length;
    if (current.length > 0 && rows + size > maxBatchSize) {
      batches.push(current);
      current = [];
      rows = 0;
    }
    current.push(request);
    rows += size;
  }
  if (current.length > 0) batches.push(current);

  // 2. One predict call per batch; hand each request its own rows back.
  const answers = [];
  for (const batch of batches) {
    try {
      const outputs = await predict(batch.flatMap((request) => request.instances));
      let offset = 0;
      for (const request of batch) {
        answers.push({ status: 200, outputs: outputs.slice(offset, offset + request.instances.length) });
        offset += request.instances.length;
      }
    } catch (error) {
      for (const request of batch) answers.push({ status: 500, error: error.message });
    }
  }
  return answers;
}
