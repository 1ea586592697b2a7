// Mistake: the fields count from 1, as a person would, not from 0 as the request's arrays do.
function validate(body, spec) {
  const bad = (field, what) => ({ ok: false, field, message: `${field}: expected ${what}` });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('(body)', 'an object');
  const { instances } = body;
  if (!Array.isArray(instances) || instances.length === 0 || instances.length > spec.maxInstances) return bad('instances', 'an array of instances');
  for (let i = 0; i < instances.length; i++) {
    if (!Array.isArray(instances[i]) || instances[i].length !== spec.length) return bad(`instances[${i + 1}]`, `${spec.length} numbers`);
    for (let j = 0; j < spec.length; j++) {
      const v = instances[i][j];
      if (!Number.isFinite(v) || v < spec.min || v > spec.max) return bad(`instances[${i + 1}][${j + 1}]`, `a number in [${spec.min}, ${spec.max}]`);
    }
  }
  return { ok: true };
}
