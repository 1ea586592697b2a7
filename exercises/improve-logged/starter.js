// The task: 200 training digits (20 per digit), scored on the 359 test digits.
const digits = await data.load('digits', { trainPerClass: 20 });
const targets = tf.oneHot(digits.yTrain, 10);

// Trains a classifier with `config` (see BASELINE) and the starting weights of `runSeed`;
// returns its test accuracy and its training loss after every step. Use it as it is.
async function trainAndScore(config, runSeed) {
  const { hidden, steps, lr, l2 } = { ...BASELINE, ...config };
  const sizes = hidden > 0 ? [64, hidden, 10] : [64, 10];
  const layers = sizes.slice(1).map((units, i) => ({
    w: tf.variable(tf.randomNormal([sizes[i], units], 0, 0.1 * Math.sqrt(2 / sizes[i]), 'float32', 100 * runSeed + i)),
    b: tf.variable(tf.zeros([units])),
  }));
  const forward = (x) => layers.reduce((h, { w, b }, i) => {
    const z = h.matMul(w).add(b);
    return i < layers.length - 1 ? z.relu() : z;
  }, x);
  const optimizer = tf.train.adam(lr);
  const loss = [];
  for (let step = 0; step < steps; step++) {
    const value = optimizer.minimize(() => {
      const fit = tf.losses.softmaxCrossEntropy(targets, forward(digits.xTrain));
      return l2 > 0 ? fit.add(tf.addN(layers.map(({ w }) => w.square().sum())).mul(l2)) : fit;
    }, true);
    loss.push(value.dataSync()[0]);
    value.dispose();
  }
  const accuracy = tf.tidy(() => forward(digits.xTest).argMax(1).equal(digits.yTest).mean().dataSync()[0]);
  optimizer.dispose();
  layers.forEach(({ w, b }) => tf.dispose([w, b]));
  return { accuracy, loss };
}

const BASELINE = { hidden: 0, steps: 15, lr: 0.02, l2: 0 };
const SEEDS = [1, 2, 3];

async function improve() {
  // 1. The baseline, one logged run per seed.
  for (const seed of SEEDS) {
    const { accuracy } = await trainAndScore(BASELINE, seed);
    console.log(`baseline, seed ${seed}: accuracy ${accuracy.toFixed(3)}`);
    // Record the run here.
  }
  // 2. Your steps: each with the same seeds, each run recorded.

  return log.runs();
}

// Try it: const runs = await improve(); await log.compare();
