// Right, written differently: cut away what leaves the image first, then pad only the side the
// image moves away from.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => {
    const keep = x.slice([0, Math.max(-dy, 0), Math.max(-dx, 0), 0], [-1, 8 - Math.abs(dy), 8 - Math.abs(dx), -1]);
    return keep.pad([[0, 0], [Math.max(dy, 0), Math.max(-dy, 0)], [Math.max(dx, 0), Math.max(-dx, 0)], [0, 0]]);
  });
}
