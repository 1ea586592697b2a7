// Average pool of x [n, h, w, c] over non-overlapping k×k blocks: [n, h/k, w/k, c].
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    // Split each spatial axis into (block, offset in block): [n, h/k, k, w/k, k, c]. Element
    // [b, i, p, j, q, ch] is pixel (i·k + p, j·k + q); averaging over p and q averages the block.
    return x.reshape([n, h / k, k, w / k, k, c]).mean([2, 4]);
  });
}

// The loop version it replaces, to measure the speed-up.
function avgPoolLoop(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const rows = [];
    for (let i = 0; i < h / k; i++) {
      const row = [];
      for (let j = 0; j < w / k; j++) row.push(x.slice([0, i * k, j * k, 0], [n, k, k, c]).mean([1, 2]));
      rows.push(tf.stack(row, 1));
    }
    return tf.stack(rows, 1);
  });
}

// Try it: 2×2 blocks of a 4×4 image with one channel.
const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();   // [[2.5, 4.5], [10.5, 12.5]]

// The speed-up on a batch of 28×28 images.
const images = tf.randomNormal([8, 28, 28, 4]);
const slow = await time(() => avgPoolLoop(images, 2), { warmup: 1, runs: 3 });
const fast = await time(() => avgPool(images, 2), { warmup: 1, runs: 3 });
console.log(`loop ${slow.median.toFixed(1)} ms, one expression ${fast.median.toFixed(2)} ms: ${(slow.median / fast.median).toFixed(0)}× faster`);
images.dispose();
