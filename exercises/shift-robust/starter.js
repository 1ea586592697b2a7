// Training data for a model that must cope with digits moved by one pixel.
function augment(x, y) {
  // TODO: add shifted copies of the images (and their labels). Unchanged, the model fails on shifts.
  return [x, y];
}

const digits = await data.load('digits', { shape: 'image' });
const [xAug, yAug] = augment(digits.xTrain, digits.yTrain);
console.log('training images:', xAug.shape[0], '· labels:', yAug.shape[0]);
