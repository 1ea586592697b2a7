// Count from 0 to perKnob^knobs − 1 and read each setting's digits in base perKnob.
function gridPoints(space, perKnob) {
  const names = Object.keys(space);
  const value = (name, i) => {
    const { min, max, scale } = space[name];
    const t = i / (perKnob - 1);
    return scale === 'log' ? Math.exp(Math.log(min) * (1 - t) + Math.log(max) * t) : min * (1 - t) + max * t;
  };
  const total = perKnob ** names.length;
  const grid = [];
  for (let index = 0; index < total; index++) {
    const setting = {};
    let rest = index;
    for (let k = names.length - 1; k >= 0; k--) {   // the last knob is the lowest digit
      setting[names[k]] = value(names[k], rest % perKnob);
      rest = Math.floor(rest / perKnob);
    }
    grid.push(setting);
  }
  return grid;
}

console.log(gridPoints({ learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } }, 3));
