// Wrong on purpose: rolls the images (what leaves one side comes back on the other) instead of
// filling the gap with zeros.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => {
    const rows = (dy % 8 + 8) % 8;
    const cols = (dx % 8 + 8) % 8;
    const rolledRows = tf.concat([x.slice([0, 8 - rows, 0, 0], [-1, rows, 8, 1]), x.slice([0, 0, 0, 0], [-1, 8 - rows, 8, 1])], 1);
    return tf.concat([rolledRows.slice([0, 0, 8 - cols, 0], [-1, 8, cols, 1]), rolledRows.slice([0, 0, 0, 0], [-1, 8, 8 - cols, 1])], 2);
  });
}
