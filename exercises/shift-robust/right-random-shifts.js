// Right, written differently: the original plus 8 copies in which every image gets its own random
// one-pixel move (as the lesson's randomShifts does), gathered from all 8 shifted versions.
function augment(x, y) {
  return tf.tidy(() => {
    const n = x.shape[0];
    const moves = [[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]];
    const padded = x.pad([[0, 0], [1, 1], [1, 1], [0, 0]]);
    const all = tf.concat(moves.map(([dy, dx]) => padded.slice([0, 1 - dy, 1 - dx, 0], [-1, 8, 8, -1])));   // [8n, 8, 8, 1]
    const copies = [x];
    for (let copy = 0; copy < 8; copy++) {
      const pick = Array.from({ length: n }, (_, i) => Math.floor(Math.random() * 8) * n + i);
      copies.push(all.gather(tf.tensor1d(pick, 'int32')));
    }
    return [tf.concat(copies), tf.concat(new Array(9).fill(y))];
  });
}
