// Wrong on purpose: reads the window from (p + dy, p + dx), which moves the images up and left
// when asked for down and right.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [2, 2], [2, 2], [0, 0]]).slice([0, 2 + dy, 2 + dx, 0], [-1, 8, 8, -1]));
}
