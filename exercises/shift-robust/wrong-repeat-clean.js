// Wrong on purpose: nine copies of the clean training set, no shifts. More of the same data is
// not more variety: the network still never sees a digit off-centre.
// Move each image [n, 8, 8, 1] dy rows down and dx columns right; zeros fill the gap.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [1, 1], [1, 1], [0, 0]]).slice([0, 1 - dy, 1 - dx, 0], [-1, 8, 8, -1]));
}

function augment(x, y) {
  return tf.tidy(() => [tf.concat(new Array(9).fill(x)), tf.concat(new Array(9).fill(y))]);
}
