// Wrong on purpose (the values are right): copies pixel by pixel in loops, which the prompt rules
// out: on real image sizes this is thousands of times slower than two tensor operations.
function shiftImages(x, dy, dx) {
  const [n] = x.shape;
  const input = x.arraySync();
  const out = [];
  for (let i = 0; i < n; i++) {
    const image = [];
    for (let r = 0; r < 8; r++) {
      const row = [];
      for (let c = 0; c < 8; c++) {
        const [fr, fc] = [r - dy, c - dx];
        row.push([fr >= 0 && fr < 8 && fc >= 0 && fc < 8 ? input[i][fr][fc][0] : 0]);
      }
      image.push(row);
    }
    out.push(image);
  }
  return tf.tensor4d(out, x.shape);
}
