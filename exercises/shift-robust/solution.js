// Move each image [n, 8, 8, 1] dy rows down and dx columns right; zeros fill the gap.
function shiftImages(x, dy, dx) {
  return tf.tidy(() => x.pad([[0, 0], [1, 1], [1, 1], [0, 0]]).slice([0, 1 - dy, 1 - dx, 0], [-1, 8, 8, -1]));
}

// Training data for a model that must cope with digits moved by one pixel.
function augment(x, y) {
  return tf.tidy(() => {
    // The 8 one-pixel moves; with the original images that makes 9 copies of the training set.
    const moves = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => [dy, dx])).filter(([dy, dx]) => dy !== 0 || dx !== 0);
    const xAug = tf.concat([x, ...moves.map(([dy, dx]) => shiftImages(x, dy, dx))]);
    const yAug = tf.concat(new Array(moves.length + 1).fill(y));
    return [xAug, yAug];
  });
}

const digits = await data.load('digits', { shape: 'image' });
const [xAug, yAug] = augment(digits.xTrain, digits.yTrain);
console.log('training images:', xAug.shape[0], '· labels:', yAug.shape[0]);
