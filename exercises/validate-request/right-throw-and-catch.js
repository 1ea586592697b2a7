// Each check throws its problem; validate turns the first one into the answer.
class BadRequest extends Error {
  constructor(field, expected, got) {
    super(`${field}: expected ${expected}, got ${got}`);
    this.field = field;
  }
}

function checkValue(v, field, { min, max }) {
  if (typeof v !== 'number') throw new BadRequest(field, `a number in [${min}, ${max}]`, `a ${typeof v}`);
  if (Number.isNaN(v) || v === Infinity || v === -Infinity) throw new BadRequest(field, 'a finite number', String(v));
  if (v < min || v > max) throw new BadRequest(field, `a number in [${min}, ${max}]`, String(v));
}

function checkInstance(instance, i, spec) {
  const field = `instances[${i}]`;
  if (!Array.isArray(instance)) throw new BadRequest(field, `an array of ${spec.length} numbers`, typeof instance);
  if (instance.length !== spec.length) throw new BadRequest(field, `${spec.length} numbers`, `${instance.length}`);
  instance.forEach((v, j) => checkValue(v, `${field}[${j}]`, spec));
}

function validate(body, spec) {
  try {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('(body)', 'an object', String(body));
    const { instances } = body;
    if (!Array.isArray(instances)) throw new BadRequest('instances', 'an array', typeof instances);
    if (instances.length === 0 || instances.length > spec.maxInstances)
      throw new BadRequest('instances', `1 to ${spec.maxInstances} instances`, `${instances.length}`);
    instances.forEach((instance, i) => checkInstance(instance, i, spec));
    return { ok: true };
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error;
    return { ok: false, field: error.field, message: error.message };
  }
}
