// Wrong on purpose: applies dy to the columns and dx to the rows.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [2, 2], [2, 2], [0, 0]]).slice([0, 2 - dx, 2 - dy, 0], [-1, 8, 8, -1]));
}
