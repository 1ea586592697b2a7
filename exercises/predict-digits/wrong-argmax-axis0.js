// Mistake: argMax over axis 0 (the images) instead of the last axis (the digits):
// it answers "which image is most like a 0, a 1, …", ten numbers, not one per image.
function predictDigits(model, images) {
  return tf.tidy(() => model.predict(images).argMax(0).toInt());
}

function accuracy(predicted, labels) {
  return tf.tidy(() => predicted.equal(labels).toFloat().mean().dataSync()[0]);
}

