// Wrong on purpose: more is not always allowed. The original, the 8 one-pixel moves and 4 more
// two-pixel moves make 13 copies, over the limit of 10 × the training set.
function shiftBy(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [2, 2], [2, 2], [0, 0]]).slice([0, 2 - dy, 2 - dx, 0], [-1, 8, 8, -1]));
}

function augment(x, y) {
  return tf.tidy(() => {
    const moves = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => [dy, dx])).filter(([dy, dx]) => dy !== 0 || dx !== 0);
    moves.push([2, 0], [-2, 0], [0, 2], [0, -2]);
    const xAug = tf.concat([x, ...moves.map(([dy, dx]) => shiftBy(x, dy, dx))]);
    return [xAug, tf.concat(new Array(moves.length + 1).fill(y))];
  });
}
