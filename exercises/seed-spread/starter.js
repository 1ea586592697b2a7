// Run train(seed) for every seed and summarise the accuracies.
async function summarizeSeeds(train, seeds) {
  // TODO: one seed is an anecdote. Run them all.
  const accuracy = await train(seeds[0]);
  return { mean: accuracy, std: 0, min: accuracy, max: accuracy, worstSeed: seeds[0] };
}

// Try it with a made-up experiment whose accuracy depends a little on the seed.
const fakeTrain = async (s) => 0.95 + 0.01 * Math.sin(s);
console.log(await summarizeSeeds(fakeTrain, [1, 2, 3, 4, 5]));
