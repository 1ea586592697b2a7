// Move each image [n, 8, 8, 1] dy rows down and dx columns right; zeros fill the gap.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => {
    const p = 2;                                                  // enough for shifts up to 2
    const padded = x.pad([[0, 0], [p, p], [p, p], [0, 0]]);       // [n, 12, 12, 1]
    // The original image starts at (p, p); shifting by (dy, dx) means reading from (p − dy, p − dx).
    return padded.slice([0, p - dy, p - dx, 0], [-1, 8, 8, -1]);
  });
}

const digits = await data.load('digits', { shape: 'image' });
const one = digits.xTrain.slice(0, 1);
console.log(shiftImages(one, 1, -1).reshape([8, 8]).arraySync().map((row) => row.map((v) => (v > 0.3 ? '#' : '.')).join('')).join('\n'));
