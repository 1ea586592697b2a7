// Plan with reduce (each request tagged with its batch number and its first row), then run.
async function serveBatched(requests, predict, maxBatchSize) {
  const plan = requests.reduce((acc, request, i) => {
    const last = acc.batches[acc.batches.length - 1];
    const n = request.instances.length;
    if (last && last.rows + n <= maxBatchSize) {
      last.members.push({ i, from: last.rows, n });
      last.rows += n;
    } else {
      acc.batches.push({ rows: n, members: [{ i, from: 0, n }] });
    }
    return acc;
  }, { batches: [] });

  const answers = [];
  for (const batch of plan.batches) {
    const rows = batch.members.flatMap(({ i }) => requests[i].instances);
    const result = await predict(rows).then(
      (outputs) => ({ outputs }),
      (error) => ({ error: error.message }),
    );
    for (const { i, from, n } of batch.members) {
      answers[i] = 'error' in result ? { status: 500, error: result.error } : { status: 200, outputs: result.outputs.slice(from, from + n) };
    }
  }
  return answers;
}
