// Right, written differently: all 9 moves of the 3 × 3 grid, (0, 0) included, plus the original:
// 10 copies, exactly the limit; shifts by slicing first and padding after.
function move(x, dy, dx) {
  const kept = x.slice([0, Math.max(-dy, 0), Math.max(-dx, 0), 0], [-1, 8 - Math.abs(dy), 8 - Math.abs(dx), 1]);
  return kept.pad([[0, 0], [Math.max(dy, 0), Math.max(-dy, 0)], [Math.max(dx, 0), Math.max(-dx, 0)], [0, 0]]);
}

function augment(x, y) {
  return tf.tidy(() => {
    const images = [x];
    const labels = [y];
    for (const dy of [-1, 0, 1]) {
      for (const dx of [-1, 0, 1]) {
        images.push(move(x, dy, dx));
        labels.push(y);
      }
    }
    return [tf.concat(images), tf.concat(labels)];
  });
}
