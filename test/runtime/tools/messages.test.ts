import { describe, expect, it } from 'vitest';
import { buildMessages, dataMessages, describeValue, modelMessages, toolMessages } from '../../../src/runtime/tools/messages.ts';
import { DataError, ModelError, ToolError } from '../../../src/runtime/tools/errors.ts';

describe('describeValue', () => {
  it('describes what a learner passed, briefly', () => {
    expect([undefined, null, 'x', 3, true, () => 0, {}].map(describeValue)).toEqual([
      'undefined',
      'null',
      '"x"',
      '3',
      'true',
      'a function',
      'an object',
    ]);
    expect(describeValue([1, 2, 3, 4, 5, 6, 7])).toBe('[1, 2, 3, 4, 5, 6, …]');
  });
});

describe('learner-facing messages (pinned wording)', () => {
  it('data.load', () => {
    const names = ['digits', 'moons'];
    expect(dataMessages.notAName(5, names)).toBe(
      "data.load needs the name of a data set as its first argument, got 5. Available: 'digits' and 'moons'.",
    );
    expect(dataMessages.unknownDataset('mnist', names)).toBe(
      "data.load: there is no data set named 'mnist'. Available: 'digits' and 'moons'.",
    );
    expect(dataMessages.optionsNotObject('digits', 'x')).toBe(
      'data.load(\'digits\', options): options must be an object such as { seed: 1 }, got "x".',
    );
    expect(dataMessages.unknownOption('moons', 'size', ['n'])).toBe("data.load('moons'): unknown option 'size'. Options for 'moons': 'n'.");
    expect(dataMessages.badOption('moons', 'n', 'a whole number', 2.5)).toBe(
      "data.load('moons'): option 'n' must be a whole number, got 2.5.",
    );
    expect(dataMessages.fetchFailed('digits', 'https://a/data/digits.json', 'HTTP 404')).toBe(
      "data.load('digits'): could not read https://a/data/digits.json (HTTP 404). The site serves its data sets itself: " +
        'reload the page; if this keeps happening the site was built without its data files (npm run build:data).',
    );
    expect(dataMessages.corrupt('digits', 'digits.bin', 'too short')).toBe(
      "data.load('digits'): the data file digits.bin is damaged (too short). Rebuild it with npm run build:data.",
    );
  });

  it('models.load', () => {
    expect(modelMessages.notAName(undefined, ['digits-base'])).toBe(
      "models.load needs the name of a model as its first argument, got undefined. Available: 'digits-base'.",
    );
    expect(modelMessages.unknownModel('resnet', ['digits-base'])).toBe(
      "models.load: there is no model named 'resnet'. Available: 'digits-base', or a model you saved, as 'indexeddb://<name>'.",
    );
    expect(modelMessages.fetchFailed('digits-base', 'https://a/m.json', 'offline')).toBe(
      "models.load('digits-base'): could not read https://a/m.json (offline). The site serves its models itself: " +
        'reload the page; if this keeps happening the site was built without its model files (npm run build:models).',
    );
    expect(modelMessages.corrupt('digits-base', 'model.json', 'bad JSON')).toBe(
      "models.load('digits-base'): the model file model.json is damaged (bad JSON). Rebuild it with npm run build:models.",
    );
  });

  it('models.save, models.load of a saved model, models.sizeOf', () => {
    expect(modelMessages.saveBadDestination('digits')).toBe(
      "models.save(model, where): where must be 'indexeddb://<name>' (kept in this browser) or 'downloads://<name>' " +
        '(a file to download from the cell\'s Output), got "digits".',
    );
    expect(modelMessages.badSavedName('models.save', 'a b')).toBe(
      "models.save: the name 'a b' cannot be used. A saved model's name is 1 to 64 letters, digits, '-', '_' or '.', " +
        "starting with a letter or a digit, e.g. 'digits-1'.",
    );
    expect(modelMessages.notSaved('digits', ['a'], 'indexeddb')).toBe(
      "models.load('indexeddb://digits'): no model is saved as 'digits' in this browser. Saved: 'a'. " +
        "Save it first with await models.save(model, 'indexeddb://digits').",
    );
    expect(modelMessages.quotaExceeded('digits')).toBe(
      "models.save(model, 'indexeddb://digits'): the browser refused to store it because this site's storage is full. " +
        "Free space (delete this site's data in the browser's settings), save a smaller model, or save it as a file with 'downloads://digits'.",
    );
    expect(modelMessages.downloadsNeedOutput('digits')).toBe(
      "models.save(model, 'downloads://digits'): a download is offered in a lesson cell's Output, and here there is none. " +
        "Save it with 'indexeddb://digits' instead.",
    );
    expect(modelMessages.downloadDescription('digits.zip', 23456)).toBe(
      'digits.zip: model.json and weights.bin, 23,456 bytes in all. Serve it with npm run serve:model -- digits.zip',
    );
    expect(modelMessages.sizeOfNotAModel(3)).toBe(
      'models.sizeOf(model) needs a tf.LayersModel (or the artifacts model.save gives), got 3.',
    );
  });

  it('seed, time, compare, sleep', () => {
    expect(toolMessages.badSeed(undefined)).toBe('seed(n) needs a finite number such as seed(1), got undefined.');
    expect(toolMessages.timeNotFunction(3)).toBe('time(fn) needs a function to time, such as time(() => tf.matMul(a, b)), got 3.');
    expect(toolMessages.timeOptionsNotObject(5)).toBe(
      'time(fn, options): options must be an object such as { warmup: 2, runs: 10 }, got 5.',
    );
    expect(toolMessages.timeUnknownOption('n')).toBe("time(fn, options): unknown option 'n'. Options: 'warmup' and 'runs'.");
    expect(toolMessages.timeBadCount('runs', 1, -1)).toBe("time(fn, options): 'runs' must be a whole number of at least 1, got -1.");
    expect(toolMessages.compareBadInput('a', {})).toBe(
      "compare(a, b): 'a' must be a tensor, a number, a typed array or a (nested) array of numbers, got an object.",
    );
    expect(toolMessages.compareRagged('b')).toBe("compare(a, b): 'b' is a ragged nested array; every row must have the same length.");
    expect(toolMessages.compareSizeMismatch([2, 3], [4])).toBe(
      'compare(a, b): the shapes [2, 3] and [4] hold different numbers of elements, so they cannot be compared element by element. ' +
        'Reshape or slice one of them first.',
    );
    expect(toolMessages.compareString('a')).toBe("compare(a, b): 'a' is a string tensor; compare works on numbers only.");
    expect(toolMessages.badSleep('1')).toBe('sleep(ms) needs a number of milliseconds of at least 0, got "1".');
  });

  it('build scripts', () => {
    expect(buildMessages.digitsWritten('/p/digits.bin', 10, 'abc')).toBe('build-data: wrote /p/digits.bin (10 bytes, sha256 abc).');
    expect(buildMessages.modelWritten('/p/m', 100, 0.9876)).toBe('build-models: wrote /p/m (100 bytes of weights, test accuracy 98.8 %).');
  });
});

describe('error classes', () => {
  it('carry a literal name shown before the message', () => {
    expect(String(new DataError('x'))).toBe('DataError: x');
    expect(String(new ModelError('x'))).toBe('ModelError: x');
    expect(String(new ToolError('x'))).toBe('ToolError: x');
    expect(new DataError('x')).toBeInstanceOf(Error);
  });
});
