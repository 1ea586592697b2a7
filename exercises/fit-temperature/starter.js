// The temperature T > 0 that minimises the mean NLL of softmax(logits / T) on held-out rows.
// logits: tensor [n, k]; labels: array of n classes.
function fitTemperature(logits, labels) {
  // TODO: compute the NLL of softmax(logits / T) for a T, and search for the T that minimises it.
  return 1;
}

// Overconfident logits: twice as large as they should be, so T should come out near 2.
seed(3);
const truth = tf.tidy(() => tf.randomNormal([400, 5]).mul(2));
const labels = Array.from(tf.tidy(() => tf.multinomial(truth, 1).reshape([-1])).dataSync());
const logits = truth.mul(2);
console.log(fitTemperature(logits, labels));
truth.dispose();
logits.dispose();
