// Move each image [n, 8, 8, 1] dy rows down and dx columns right; zeros fill the gap.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => {
    // TODO: pad with zeros, then slice the shifted 8 × 8 window.
    return x.clone();
  });
}

const digits = await data.load('digits', { shape: 'image' });
const one = digits.xTrain.slice(0, 1);
console.log(shiftImages(one, 1, -1).reshape([8, 8]).arraySync().map((row) => row.map((v) => (v > 0.3 ? '#' : '.')).join('')).join('\n'));
