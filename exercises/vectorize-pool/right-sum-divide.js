// Average pool by summing each block's rows, then its columns, in two steps, and dividing by k².
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const rowsSummed = tf.sum(tf.reshape(x, [n, h / k, k, w, c]), 2);            // [n, h/k, w, c]
    const blocksSummed = tf.sum(tf.reshape(rowsSummed, [n, h / k, w / k, k, c]), 3); // [n, h/k, w/k, c]
    return tf.div(blocksSummed, k * k);
  });
}

const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();
