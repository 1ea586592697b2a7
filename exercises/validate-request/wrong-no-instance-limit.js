// Mistake: maxInstances is never checked, so a huge request goes through (or fails on its contents).
function validate(body, spec) {
  const bad = (field, what) => ({ ok: false, field, message: `${field}: expected ${what}` });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('(body)', 'an object');
  const { instances } = body;
  if (!Array.isArray(instances) || instances.length === 0) return bad('instances', 'an array of instances');
  for (let i = 0; i < instances.length; i++) {
    if (!Array.isArray(instances[i]) || instances[i].length !== spec.length) return bad(`instances[${i}]`, `${spec.length} numbers`);
    for (let j = 0; j < spec.length; j++) {
      const v = instances[i][j];
      if (!Number.isFinite(v) || v < spec.min || v > spec.max) return bad(`instances[${i}][${j}]`, `a number in [${spec.min}, ${spec.max}]`);
    }
  }
  return { ok: true };
}
