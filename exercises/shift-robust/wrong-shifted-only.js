// Wrong on purpose: the 8 shifted copies without the original images. The network reads shifted
// digits, but it never saw a centred one: accuracy on the unshifted test digits falls under the bar.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [1, 1], [1, 1], [0, 0]]).slice([0, 1 - dy, 1 - dx, 0], [-1, 8, 8, -1]));
}

function augment(x, y) {
  return tf.tidy(() => {
    const moves = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => [dy, dx])).filter(([dy, dx]) => dy !== 0 || dx !== 0);
    const xAug = tf.concat(moves.map(([dy, dx]) => shiftImages(x, dy, dx)));
    const yAug = tf.concat(new Array(moves.length).fill(y));
    return [xAug, yAug];
  });
}
