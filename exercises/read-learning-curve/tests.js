// Hidden tests for read-learning-curve. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

// [name, sizes, train accuracy, validation accuracy, diagnosis]. No case sits on a boundary
// computed in floating point: gaps and rises are at least 0.001 away from 0.05 and 0.01.
const cases = [
  ['a wide gap that is still closing → more data', [100, 200, 400, 800], [1, 1, 0.99, 0.99], [0.7, 0.78, 0.84, 0.88], 'more data'],
  ['training accuracy stuck low, curves together → bigger model', [100, 200, 400, 800], [0.8, 0.79, 0.78, 0.78], [0.74, 0.76, 0.77, 0.775], 'bigger model'],
  ['a wide gap, validation no longer rising → regularize', [100, 200, 400, 800], [0.99, 0.99, 0.99, 0.99], [0.8, 0.85, 0.9, 0.905], 'regularize'],
  ['a wide gap on a weak fit, no longer closing → regularize (rule 2 before rule 3)', [100, 200, 400, 800], [0.88, 0.87, 0.86, 0.86], [0.7, 0.76, 0.8, 0.805], 'regularize'],
  ['a wide gap on a weak fit, still closing → more data (rule 1 before rule 3)', [100, 200, 400, 800], [0.89, 0.88, 0.87, 0.86], [0.6, 0.68, 0.74, 0.79], 'more data'],
  ['high and together → done', [100, 200, 400, 800], [0.99, 0.985, 0.98, 0.98], [0.9, 0.94, 0.96, 0.97], 'done'],
  ['a gap just under 0.05 → not overfitting', [100, 200, 400], [1, 0.99, 0.99], [0.85, 0.9, 0.942], 'done'],
  ['a gap just over 0.05 that still closes by just over 0.01 → more data', [100, 200, 400], [1, 0.99, 0.99], [0.85, 0.927, 0.938], 'more data'],
  ['a gap that closes by just under 0.01 → regularize', [100, 200, 400], [1, 0.99, 0.99], [0.85, 0.922, 0.93], 'regularize'],
  ['training accuracy exactly 0.9 is not below 0.9 → done', [100, 200, 400], [0.95, 0.92, 0.9], [0.8, 0.86, 0.88], 'done'],
  ['only two runs (the fewest allowed)', [50, 100], [1, 0.98], [0.8, 0.85], 'more data'],
  ['runs in any order: the largest size is first here', [800, 100, 200, 400], [0.98, 1, 1, 0.99], [0.97, 0.7, 0.78, 0.84], 'done'],
  ['runs in any order: the two largest sizes come first', [400, 800, 200, 100], [0.99, 0.99, 1, 1], [0.84, 0.88, 0.78, 0.7], 'more data'],
];

for (const [name, sizes, trainAccuracy, validationAccuracy, want] of cases) {
  test(name, async () => {
    const curve = { sizes, trainAccuracy, validationAccuracy };
    expect.equal(await learner.call('diagnose', curve), want,
      `Your diagnosis of sizes ${JSON.stringify(sizes)}, train ${JSON.stringify(trainAccuracy)}, validation ${JSON.stringify(validationAccuracy)}`);
  });
}
