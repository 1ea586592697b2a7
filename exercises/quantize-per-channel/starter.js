// Quantize a dense kernel [inputs, units] per unit (column) with `bits` bits.
function quantizePerChannel(kernel, bits) {
  const L = 2 ** bits - 1;
  return tf.tidy(() => {
    // Your code: each column's range widened to hold 0, its scale and min, then the codes.
    // This start uses one range for the whole kernel (per tensor): make it per column.
    const lo = Math.min(0, kernel.min().dataSync()[0]);
    const hi = Math.max(0, kernel.max().dataSync()[0]);
    const scale = (hi - lo) / L || 1;
    const min = -Math.round(-lo / scale) * scale;
    const codes = kernel.sub(min).div(scale).round().clipByValue(0, L).cast('int32');
    const units = kernel.shape[1];
    return { codes, scales: tf.fill([units], scale), mins: tf.fill([units], min) };
  });
}

// Try it: a kernel whose second column is a hundred times narrower than the first.
const kernel = tf.tensor2d([[-1, 0.01], [0.5, -0.004], [2, 0.02]]);
const { codes, scales, mins } = quantizePerChannel(kernel, 4);
codes.print();
console.log('read back:', codes.cast('float32').mul(scales).add(mins).arraySync());
