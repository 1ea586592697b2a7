// perKnob values of one knob from min to max (both included), on its scale.
function knobValues({ min, max, scale }, perKnob) {
  const step = (i) => i / (perKnob - 1);
  if (scale === 'log') {
    const [low, high] = [Math.log10(min), Math.log10(max)];
    return Array.from({ length: perKnob }, (_, i) => 10 ** (low + step(i) * (high - low)));
  }
  return Array.from({ length: perKnob }, (_, i) => min + step(i) * (max - min));
}

// Every combination of perKnob values per knob, first knob changing slowest.
function gridPoints(space, perKnob) {
  let settings = [{}];
  for (const [name, knob] of Object.entries(space)) {
    const values = knobValues(knob, perKnob);
    settings = settings.flatMap((setting) => values.map((value) => ({ ...setting, [name]: value })));
  }
  return settings;
}

console.log(gridPoints({ learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } }, 3));
