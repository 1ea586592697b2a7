// Recursion: the first knob's values, each followed by every grid of the remaining knobs.
function gridPoints(space, perKnob) {
  const knobs = Object.entries(space);
  const valuesOf = ({ min, max, scale }) =>
    Array.from({ length: perKnob }, (_, i) => (scale === 'log' ? min * (max / min) ** (i / (perKnob - 1)) : min + ((max - min) * i) / (perKnob - 1)));
  function rest(k) {
    if (k === knobs.length) return [{}];
    const [name, knob] = knobs[k];
    const tails = rest(k + 1);
    const out = [];
    for (const value of valuesOf(knob)) for (const tail of tails) out.push({ [name]: value, ...tail });
    return out;
  }
  return rest(0);
}

console.log(gridPoints({ learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } }, 3));
