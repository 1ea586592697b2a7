function validate(body, spec) {
  const bad = (field, expected, got) => ({ ok: false, field, message: `${field}: expected ${expected}, got ${got}` });
  const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `an array of ${v.length}` : String(v));

  // 1. The body: a plain object.
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('(body)', 'an object like {"instances": [...]}', show(body));

  // 2. Its instances: 1 to maxInstances of them (counted before looking inside any).
  const { instances } = body;
  if (!Array.isArray(instances)) return bad('instances', 'an array of instances', show(instances));
  if (instances.length === 0) return bad('instances', 'at least 1 instance', 'none');
  if (instances.length > spec.maxInstances) return bad('instances', `at most ${spec.maxInstances} instances`, `${instances.length}`);

  // 3. Each instance, then each of its values, in order.
  for (let i = 0; i < instances.length; i++) {
    const instance = instances[i];
    if (!Array.isArray(instance) || instance.length !== spec.length)
      return bad(`instances[${i}]`, `an array of ${spec.length} numbers`, show(instance));
    for (let j = 0; j < instance.length; j++) {
      const v = instance[j];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < spec.min || v > spec.max)
        return bad(`instances[${i}][${j}]`, `a number in [${spec.min}, ${spec.max}]`, show(v));
    }
  }
  return { ok: true };
}
