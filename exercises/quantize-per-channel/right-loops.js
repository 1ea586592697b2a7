// Quantize a dense kernel [inputs, units] per unit (column), with plain JavaScript loops.
function quantizePerChannel(kernel, bits) {
  const L = 2 ** bits - 1;
  const [inputs, units] = kernel.shape;
  const w = kernel.arraySync();                 // rows of numbers
  const scales = [], mins = [];
  for (let j = 0; j < units; j++) {
    let lo = 0, hi = 0;                         // starting at 0 widens the range to hold 0
    for (let i = 0; i < inputs; i++) { lo = Math.min(lo, w[i][j]); hi = Math.max(hi, w[i][j]); }
    const scale = hi > lo ? (hi - lo) / L : 1;
    scales.push(scale);
    mins.push(-Math.round(-lo / scale) * scale);
  }
  const codes = w.map((row) => row.map((v, j) => Math.min(L, Math.max(0, Math.round((v - mins[j]) / scales[j])))));
  return { codes: tf.tensor2d(codes, [inputs, units], 'int32'), scales: tf.tensor1d(scales), mins: tf.tensor1d(mins) };
}

// Try it: a kernel whose second column is a hundred times narrower than the first.
const kernel = tf.tensor2d([[-1, 0.01], [0.5, -0.004], [2, 0.02]]);
const { codes, scales, mins } = quantizePerChannel(kernel, 4);
codes.print();
console.log("read back:", codes.cast("float32").mul(scales).add(mins).arraySync());
