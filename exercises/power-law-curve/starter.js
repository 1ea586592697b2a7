// Fit error ≈ a · size^(−b) to a learning curve.
function fitPowerLaw(sizes, errors) {
  // TODO: a straight line through the raw points does not describe a curve that flattens.
  // Fit the line in log–log space instead, and turn its intercept and slope into a and b.
  return { a: errors[0], b: 0.5 };
}

// The smallest whole number of examples with predicted error ≤ targetError.
function sizeFor({ a, b }, targetError) {
  // TODO: solve a · n^(−b) = targetError for n, then pick the smallest whole n that is enough.
  return 0;
}

const sizes = [72, 144, 360, 719, 1438];
const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
const fit = fitPowerLaw(sizes, errors);
console.log(fit, 'examples for 3 % error:', sizeFor(fit, 0.03));
