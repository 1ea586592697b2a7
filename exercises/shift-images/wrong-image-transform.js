// Wrong on purpose: tf.image.transform with a translation. On the cpu backend (where a Check runs
// the learner's code) it transforms only the first image of the batch and fills the rest with 0.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => {
    // output(r, c) = input(r − dy, c − dx): the inverse map [1, 0, −dx, 0, 1, −dy, 0, 0].
    const translate = tf.tile(tf.tensor2d([[1, 0, -dx, 0, 1, -dy, 0, 0]]), [x.shape[0], 1]);
    return tf.image.transform(x, translate, 'nearest', 'constant', 0);
  });
}
