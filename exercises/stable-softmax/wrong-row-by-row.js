// Mistake: right and stable numbers, but computed one row at a time in JavaScript
// instead of with tensor operations on the whole batch.
function softmax(logits) {
  const rows = logits.arraySync().map((row) => {
    const m = Math.max(...row);
    const e = row.map((z) => Math.exp(z - m));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / total);
  });
  return tf.tensor2d(rows, logits.shape);
}

function crossEntropy(logits, labels) {
  const truth = labels.arraySync();
  let total = 0;
  logits.arraySync().forEach((row, i) => {
    const m = Math.max(...row);
    const logSum = Math.log(row.reduce((a, z) => a + Math.exp(z - m), 0));
    total -= row[truth[i]] - m - logSum;
  });
  return tf.scalar(total / truth.length);
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
