async function serveBatched(requests, predict, maxBatchSize) {
  // One predict call per request: correct answers, but no batching yet.
  const answers = [];
  for (const request of requests) {
    answers.push({ status: 200, outputs: await predict(request.instances) });
  }
  return answers;
}
