// Mistake: everything waiting goes into one predict call, however large.
async function serveBatched(requests, predict, maxBatchSize) {
  try {
    const outputs = await predict(requests.flatMap((r) => r.instances));
    let offset = 0;
    return requests.map((r) => {
      const mine = outputs.slice(offset, offset + r.instances.length);
      offset += r.instances.length;
      return { status: 200, outputs: mine };
    });
  } catch (error) {
    return requests.map(() => ({ status: 500, error: error.message }));
  }
}
