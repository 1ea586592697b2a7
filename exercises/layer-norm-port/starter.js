// Layer norm of x [n, d] over each row, then scaled by gamma [d] and shifted by beta [d].
function layerNorm(x, gamma, beta, epsilon) {
  // TODO: (x − row mean) / √(row variance + epsilon) · gamma + beta
  return x.clone();
}

// Try it: each row of the result should have mean ≈ 0 and spread ≈ 1 (here gamma = 1, beta = 0).
const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
