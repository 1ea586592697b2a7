import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeDigits, sha256Hex, type DigitsManifest } from '../../../src/runtime/data/digits-format.ts';
import { buildMessages } from '../../../src/runtime/tools/messages.ts';
import { candidateCsvPaths, digitsManifest, parseDigitsCsv } from '../../../scripts/build-data.ts';

const row = (label: number, pixel = 0) => [...new Array<number>(64).fill(pixel), label].join(',');
const sklearnCsv = candidateCsvPaths().find((path) => existsSync(path));

describe('build-data', () => {
  it('rejects a row with the wrong number of values, naming file and line', () => {
    expect(() => parseDigitsCsv(`${row(1)}\n1,2,3\n`, 'x.csv')).toThrow(
      'build-data: x.csv line 2: found 3 values, not 65. Expected 1,797 rows of 64 pixels (0–16) and a label (0–9).',
    );
  });

  it('rejects out-of-range pixels and labels', () => {
    expect(() => parseDigitsCsv(row(1, 17), 'x.csv')).toThrow('line 1: value 17 in column 1 is not an integer 0–16');
    expect(() => parseDigitsCsv(row(10), 'x.csv')).toThrow('line 1: value 10 in column 65 is not an integer 0–9');
  });

  it('rejects a file without 1,797 rows', () => {
    expect(() => parseDigitsCsv(row(3), 'x.csv')).toThrow('found 1 rows');
  });

  it('says how to get the source file when it is missing', () => {
    expect(buildMessages.digitsCsvMissing(['/a/digits.csv.gz'])).toBe(
      'build-data: cannot find the scikit-learn digits file digits.csv.gz. Looked in:\n  - /a/digits.csv.gz\n' +
        'Install it with `apt-get update && apt-get install -y python3-sklearn` (Debian/Ubuntu), ' +
        'or pass its path: npm run build:data -- /path/to/digits.csv.gz',
    );
  });

  it.skipIf(!sklearnCsv)('rebuilding from scikit-learn gives exactly the committed files', async () => {
    const digits = parseDigitsCsv(gunzipSync(readFileSync(sklearnCsv!)).toString('utf8'), sklearnCsv!);
    const bytes = encodeDigits(digits);
    const manifest = await digitsManifest(digits, bytes);
    const publicData = resolve(import.meta.dirname, '..', '..', '..', 'public', 'data');
    const committed = JSON.parse(readFileSync(resolve(publicData, 'digits.json'), 'utf8')) as DigitsManifest;
    expect(manifest).toEqual(committed);
    expect(await sha256Hex(new Uint8Array(readFileSync(resolve(publicData, 'digits.bin'))))).toBe(manifest.sha256);
  });
});
