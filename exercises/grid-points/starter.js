// Every combination of perKnob values per knob, first knob changing slowest.
function gridPoints(space, perKnob) {
  let settings = [{}];
  for (const [name, { min, max }] of Object.entries(space)) {
    // TODO: 'log' knobs need evenly spaced exponents, not evenly spaced values.
    const values = Array.from({ length: perKnob }, (_, i) => min + (i * (max - min)) / (perKnob - 1));
    settings = settings.flatMap((setting) => values.map((value) => ({ ...setting, [name]: value })));
  }
  return settings;
}

console.log(gridPoints({ learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } }, 3));
