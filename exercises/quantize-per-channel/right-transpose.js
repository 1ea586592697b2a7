// Quantize per unit: transpose so each unit is a row, quantize the rows, transpose back.
function quantizePerChannel(kernel, bits) {
  const L = 2 ** bits - 1;
  return tf.tidy(() => {
    const rows = kernel.transpose();                              // [units, inputs]
    const lo = rows.min(1, true).minimum(0);                      // [units, 1]
    const hi = rows.max(1, true).maximum(0);
    const width = hi.sub(lo);
    const scale = tf.where(width.greater(0), width.div(L), tf.onesLike(width));   // 1 for a column of zeros
    const zero = lo.div(scale).neg().round();                     // the code that reads back as 0
    const min = zero.mul(scale).neg();
    const codes = tf.clipByValue(rows.div(scale).add(zero).round(), 0, L);
    return { codes: codes.transpose().toInt(), scales: scale.reshape([-1]), mins: min.reshape([-1]) };
  });
}

// Try it: a kernel whose second column is a hundred times narrower than the first.
const kernel = tf.tensor2d([[-1, 0.01], [0.5, -0.004], [2, 0.02]]);
const { codes, scales, mins } = quantizePerChannel(kernel, 4);
codes.print();
console.log("read back:", codes.cast("float32").mul(scales).add(mins).arraySync());
