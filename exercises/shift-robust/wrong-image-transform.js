// Wrong on purpose: shifts with tf.image.transform. On the cpu backend, where a Check runs the
// learner's code, it moves only the first image of a batch and fills the others with zeros, so
// 8 of the 9 copies are blank images with digit labels.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => {
    const translate = tf.tile(tf.tensor2d([[1, 0, -dx, 0, 1, -dy, 0, 0]]), [x.shape[0], 1]);
    return tf.image.transform(x, translate, 'nearest', 'constant', 0);
  });
}

function augment(x, y) {
  return tf.tidy(() => {
    const moves = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => [dy, dx])).filter(([dy, dx]) => dy !== 0 || dx !== 0);
    const xAug = tf.concat([x, ...moves.map(([dy, dx]) => shiftImages(x, dy, dx))]);
    return [xAug, tf.concat(new Array(moves.length + 1).fill(y))];
  });
}
