// Mistake: rounds the exponents to whole decades, so only powers of ten appear.
function gridPoints(space, perKnob) {
  let settings = [{}];
  for (const [name, { min, max, scale }] of Object.entries(space)) {
    const values = Array.from({ length: perKnob }, (_, i) => {
      const f = i / (perKnob - 1);
      return scale === 'log' ? 10 ** Math.round(Math.log10(min) + f * (Math.log10(max) - Math.log10(min))) : min + f * (max - min);
    });
    settings = settings.flatMap((setting) => values.map((value) => ({ ...setting, [name]: value })));
  }
  return settings;
}

console.log(gridPoints({ learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } }, 3));
