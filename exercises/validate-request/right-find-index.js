// Written with findIndex and a table of checks instead of loops.
function describe(v) {
  if (Array.isArray(v)) return `an array of ${v.length} items`;
  return JSON.stringify(v) ?? String(v);
}

function problem(field, expected, got) {
  return { ok: false, field, message: field + ': expected ' + expected + ', got ' + describe(got) };
}

function validate(body, spec) {
  const isPlainObject = Object.prototype.toString.call(body) === '[object Object]';
  if (!isPlainObject) return problem('(body)', 'a JSON object', body);
  const list = body.instances;
  if (!Array.isArray(list) || list.length < 1 || list.length > spec.maxInstances) {
    return problem('instances', `between 1 and ${spec.maxInstances} instances`, list);
  }
  const badInstance = list.findIndex((x) => !Array.isArray(x) || x.length !== spec.length);
  const goodValue = (v) => Number.isFinite(v) && v >= spec.min && v <= spec.max;
  const badValueAt = list.map((x) => (Array.isArray(x) && x.length === spec.length ? x.findIndex((v) => !goodValue(v)) : -1));
  const firstBadValue = badValueAt.findIndex((j) => j >= 0);
  // The first instance with any problem decides: its shape if that is wrong, else its first bad value.
  const firstProblem = [badInstance, firstBadValue].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (firstProblem === undefined) return { ok: true };
  if (firstProblem === badInstance) return problem(`instances[${badInstance}]`, `an array of ${spec.length} numbers`, list[badInstance]);
  const j = badValueAt[firstProblem];
  return problem(`instances[${firstProblem}][${j}]`, `a finite number in [${spec.min}, ${spec.max}]`, list[firstProblem][j]);
}
