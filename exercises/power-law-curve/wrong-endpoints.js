// Mistake: the line through the first and last points, not the least-squares line through all.
function fitPowerLaw(sizes, errors) {
  const last = sizes.length - 1;
  const slope = (Math.log(errors[last]) - Math.log(errors[0])) / (Math.log(sizes[last]) - Math.log(sizes[0]));
  return { a: errors[0] / sizes[0] ** slope, b: -slope };
}

// The smallest whole number of examples with predicted error ≤ targetError.
function sizeFor({ a, b }, targetError) {
  return Math.ceil((a / targetError) ** (1 / b));
}

const sizes = [72, 144, 360, 719, 1438];
const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
const fit = fitPowerLaw(sizes, errors);
console.log(fit, "examples for 3 % error:", sizeFor(fit, 0.03));
