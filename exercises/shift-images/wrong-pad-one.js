// Wrong on purpose: pads by one pixel only, enough for shifts of ±1 but not for the ±2 the prompt
// allows (the window then runs off the padded image).
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [1, 1], [1, 1], [0, 0]]).slice([0, 1 - dy, 1 - dx, 0], [-1, 8, 8, -1]));
}
