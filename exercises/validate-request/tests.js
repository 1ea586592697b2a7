// Hidden tests for validate-request. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

const spec = { length: 4, min: 0, max: 16, maxInstances: 3 };
const good = [0, 16, 7.5, 3];
const validate = (body, s = spec) => learner.call('validate', body, s);

/** Calls validate and checks it refused `body` naming `field`, with a message that starts with it. */
async function refuses(body, field, what) {
  const result = await validate(body);
  expect.that(result && result.ok === false, `validate(${what}) should return { ok: false, … }, but it returned ${JSON.stringify(result)}.`);
  expect.equal(result.field, field, `The field for ${what}`);
  expect.that(
    typeof result.message === 'string' && result.message.startsWith(field) && result.message.length > field.length + 10,
    `The message for ${what} should start with "${field}" and then say what was expected and what came; it is ${JSON.stringify(result.message)}.`,
  );
}

test('accepts valid requests, bounds included', async () => {
  for (const body of [{ instances: [good] }, { instances: [good, [16, 16, 16, 16], [0, 0, 0, 0]] }]) {
    const result = await validate(body);
    expect.that(result && result.ok === true, `validate(${JSON.stringify(body)}) should be { ok: true } (values may equal min and max; ${spec.maxInstances} instances are allowed), but it returned ${JSON.stringify(result)}.`);
  }
});

test('names a value out of range by its place: instances[i][j], counted from 0', async () => {
  await refuses({ instances: [good, [0, 1, 17, 3]] }, 'instances[1][2]', 'a value of 17 at instance 1, position 2');
  await refuses({ instances: [[-0.5, 1, 2, 3]] }, 'instances[0][0]', 'a value of −0.5 at instance 0, position 0');
});

test('refuses values that are not finite numbers (strings, NaN, Infinity, null)', async () => {
  await refuses({ instances: [[0, 1, '3', 3]] }, 'instances[0][2]', "the string '3' (a range check alone lets it through: '3' >= 0 is true)");
  await refuses({ instances: [good, [0, 1, 2, NaN]] }, 'instances[1][3]', 'NaN (every comparison with NaN is false)');
  await refuses({ instances: [[Infinity, 1, 2, 3]] }, 'instances[0][0]', 'Infinity');
  await refuses({ instances: [[0, null, 2, 3]] }, 'instances[0][1]', 'null (null >= 0 is true in JavaScript)');
});

test('Infinity is refused even when max is Infinity: the values must be finite', async () => {
  const result = await validate({ instances: [[0, 1, Infinity, 3]] }, { ...spec, max: Infinity });
  expect.that(result && result.ok === false && result.field === 'instances[0][2]', `validate with max = Infinity should still refuse Infinity at instances[0][2], but it returned ${JSON.stringify(result)}.`);
});

test('names an instance of the wrong shape: instances[i]', async () => {
  await refuses({ instances: [good, [0, 1, 2]] }, 'instances[1]', 'an instance of 3 values (4 expected)');
  await refuses({ instances: [[0, 1, 2, 3, 4]] }, 'instances[0]', 'an instance of 5 values (4 expected)');
  await refuses({ instances: [good, good, 5] }, 'instances[2]', 'an instance that is a number, not an array');
});

test('refuses a body that is not an object: (body)', async () => {
  await refuses(null, '(body)', 'null');
  await refuses([good], '(body)', 'an array (an array is an object in JavaScript, but not a request)');
  await refuses('{"instances": [[0, 1, 2, 3]]}', '(body)', 'a string');
  await refuses(42, '(body)', 'a number');
});

test('refuses missing, empty or too many instances: instances', async () => {
  await refuses({}, 'instances', 'a body without instances');
  await refuses({ instances: 'all of them' }, 'instances', 'instances that are a string');
  await refuses({ instances: [] }, 'instances', 'no instances');
  await refuses({ instances: [good, good, good, good] }, 'instances', `4 instances (at most ${spec.maxInstances})`);
});

test('counts the instances before looking inside any of them', async () => {
  await refuses({ instances: Array.from({ length: 5000 }, () => 'not an instance') }, 'instances', '5,000 broken instances (too many comes first)');
});

test('reports the first problem: instances in order, and values in order within one', async () => {
  await refuses({ instances: [[0, 1, 99, -1], [1, 2]] }, 'instances[0][2]', 'two bad values in instance 0 and a short instance 1');
  await refuses({ instances: [good, [1, 2], [0, 1, 99, 3]] }, 'instances[1]', 'a short instance 1 before a bad value in instance 2');
});

test('finds the problem in random requests', async () => {
  // A seeded generator, so every Check sends the same requests.
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const wide = { length: 16, min: -1, max: 1, maxInstances: 8 };
  for (let round = 0; round < 6; round++) {
    const count = 1 + Math.floor(random() * wide.maxInstances);
    const instances = Array.from({ length: count }, () => Array.from({ length: wide.length }, () => Number((2 * random() - 1).toFixed(3))));
    const i = Math.floor(random() * count);
    const j = Math.floor(random() * wide.length);
    instances[i][j] = round % 2 === 0 ? 1.5 : -1.25;
    const result = await validate({ instances }, wide);
    expect.equal(result && result.field, `instances[${i}][${j}]`, `The field for a request of ${count} instances of 16 values in [−1, 1] with ${instances[i][j]} at instance ${i}, position ${j}`);
  }
});
