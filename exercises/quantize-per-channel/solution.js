// Quantize a dense kernel [inputs, units] per unit (column) with `bits` bits.
function quantizePerChannel(kernel, bits) {
  const L = 2 ** bits - 1;
  return tf.tidy(() => {
    // 1. Each column's range, widened to hold 0: [units] tensors.
    const lo = tf.minimum(kernel.min(0), 0);
    const hi = tf.maximum(kernel.max(0), 0);
    // 2. Its step (1 for a column of zeros) and its min, moved onto the grid so 0 is a code.
    const range = hi.sub(lo);
    const scales = tf.where(range.greater(0), range.div(L), tf.onesLike(range));
    const mins = lo.neg().div(scales).round().neg().mul(scales);
    // 3. The codes: [inputs, units] divided by [units] broadcasts over the rows.
    const codes = kernel.sub(mins).div(scales).round().clipByValue(0, L).cast('int32');
    return { codes, scales, mins };
  });
}

// Try it: a kernel whose second column is a hundred times narrower than the first.
const kernel = tf.tensor2d([[-1, 0.01], [0.5, -0.004], [2, 0.02]]);
const { codes, scales, mins } = quantizePerChannel(kernel, 4);
codes.print();
console.log('read back:', codes.cast('float32').mul(scales).add(mins).arraySync());
