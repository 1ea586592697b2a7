// Right, written differently: one axis at a time, gluing a strip of zeros to what stays.
function moveAlong(t, axis, step) {
  if (step === 0) return t.clone();
  const size = t.shape[axis];
  const stripShape = t.shape.slice();
  stripShape[axis] = Math.abs(step);
  const zeros = tf.zeros(stripShape);
  const begin = [0, 0, 0, 0];
  const length = [-1, -1, -1, -1];
  length[axis] = size - Math.abs(step);
  if (step < 0) begin[axis] = -step;                    // moving up or left drops the first rows
  const kept = t.slice(begin, length);
  return step > 0 ? tf.concat([zeros, kept], axis) : tf.concat([kept, zeros], axis);
}

function shiftImages(x, dy, dx) {
  return tf.tidy(() => moveAlong(moveAlong(x, 1, dy), 2, dx));
}
