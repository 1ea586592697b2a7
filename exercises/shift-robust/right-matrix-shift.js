// Right, written differently: the lesson's shift matrix, on the images flattened to 64 pixels.
function shiftMatrix(dy, dx) {
  const m = new Float32Array(64 * 64);
  for (let r = 0; r < 8; r++) {
    for (let c = 0; c < 8; c++) {
      const [fromR, fromC] = [r - dy, c - dx];
      if (fromR >= 0 && fromR < 8 && fromC >= 0 && fromC < 8) m[(fromR * 8 + fromC) * 64 + r * 8 + c] = 1;
    }
  }
  return tf.tensor2d(m, [64, 64]);
}

function augment(x, y) {
  return tf.tidy(() => {
    const flat = x.reshape([-1, 64]);
    const copies = [flat];
    for (const dy of [-1, 0, 1]) {
      for (const dx of [-1, 0, 1]) if (dy !== 0 || dx !== 0) copies.push(flat.matMul(shiftMatrix(dy, dx)));
    }
    return [tf.concat(copies).reshape([-1, 8, 8, 1]), tf.tile(y, [copies.length])];
  });
}
