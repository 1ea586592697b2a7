// Hidden tests for read-learning-curve. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

const sizes = [100, 200, 400, 800];
const cases = [
  ['a wide gap that is still closing → more data', [1, 1, 0.99, 0.99], [0.7, 0.78, 0.84, 0.88], 'more data'],
  ['training accuracy stuck low, curves together → bigger model', [0.8, 0.79, 0.78, 0.78], [0.74, 0.76, 0.77, 0.775], 'bigger model'],
  ['a gap, but validation has stopped rising → not more data', [0.99, 0.99, 0.99, 0.99], [0.8, 0.85, 0.9, 0.905], 'done'],
  ['a gap that stopped closing on a weak fit → bigger model', [0.88, 0.87, 0.86, 0.86], [0.7, 0.76, 0.8, 0.805], 'bigger model'],
  ['high and together → done', [0.99, 0.985, 0.98, 0.98], [0.9, 0.94, 0.96, 0.97], 'done'],
  ['only two points', [1, 0.98], [0.8, 0.85], 'more data'],
];

for (const [name, trainAccuracy, validationAccuracy, want] of cases) {
  test(name, async () => {
    const curve = { sizes: sizes.slice(-trainAccuracy.length), trainAccuracy, validationAccuracy };
    expect.equal(await learner.call('diagnose', curve), want, `Your diagnosis of train ${JSON.stringify(trainAccuracy)} / validation ${JSON.stringify(validationAccuracy)}`);
  });
}
