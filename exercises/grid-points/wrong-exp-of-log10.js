// Mistake: spaces the base-10 exponents, then raises e (Math.exp) instead of 10 to them.
function gridPoints(space, perKnob) {
  let settings = [{}];
  for (const [name, { min, max, scale }] of Object.entries(space)) {
    const values = Array.from({ length: perKnob }, (_, i) => {
      const f = i / (perKnob - 1);
      return scale === 'log' ? Math.exp(Math.log10(min) + f * (Math.log10(max) - Math.log10(min))) : min + f * (max - min);
    });
    settings = settings.flatMap((setting) => values.map((value) => ({ ...setting, [name]: value })));
  }
  return settings;
}

console.log(gridPoints({ learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } }, 3));
