import { describe, expect, it } from 'vitest';
import { drawLikeUci, PLAIN_DRAWING } from '../../../scripts/build-models.ts';
import type { ImageArrays } from '../../../src/runtime/data/mnist-format.ts';

/** A 28×28 image whose ink is a 2-pixel-wide stroke through the points `column(row)` of rows 4–23. */
function stroke(column: (row: number) => number): ImageArrays {
  const pixels = new Uint8Array(28 * 28);
  for (let row = 4; row < 24; row++) {
    const c = Math.round(column(row));
    pixels[row * 28 + c] = 255;
    pixels[row * 28 + c + 1] = 255;
  }
  return { count: 1, side: 28, pixels, labels: new Uint8Array([1]) };
}

const rowsOf = (drawn: Uint8Array) => Array.from({ length: 8 }, (_, r) => Array.from(drawn.slice(r * 8, r * 8 + 8)));

describe('drawLikeUci (the MNIST redrawing the base model is pretrained on)', () => {
  it('draws an upright stroke 32 pixels tall as on-pixel counts 0–16, every row inked, outer columns empty', () => {
    const drawn = drawLikeUci(
      stroke(() => 13),
      0,
      PLAIN_DRAWING,
    );
    expect(drawn).toHaveLength(64);
    expect(Math.max(...drawn)).toBeLessThanOrEqual(16);
    for (const row of rowsOf(drawn)) {
      expect(row.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(row[0]).toBe(0);
      expect(row[7]).toBe(0);
    }
  });

  it('removes the slant: a slanted stroke is drawn like the upright one', () => {
    const upright = rowsOf(
      drawLikeUci(
        stroke(() => 13),
        0,
        PLAIN_DRAWING,
      ),
    );
    const slanted = rowsOf(
      drawLikeUci(
        stroke((row) => 20 - 0.5 * row),
        0,
        PLAIN_DRAWING,
      ),
    );
    const columnOfInk = (row: number[]) => row.reduce((sum, value, c) => sum + value * c, 0) / row.reduce((a, b) => a + b, 0);
    const uprightCentres = upright.map(columnOfInk);
    const slantedCentres = slanted.map(columnOfInk);
    expect(Math.max(...slantedCentres) - Math.min(...slantedCentres)).toBeLessThan(1);
    slantedCentres.forEach((centre, r) => expect(Math.abs(centre - (uprightCentres[r] ?? 0))).toBeLessThan(1));
  });

  it('leaves a blank image blank', () => {
    const blank: ImageArrays = { count: 1, side: 28, pixels: new Uint8Array(784), labels: new Uint8Array([0]) };
    expect(Array.from(drawLikeUci(blank, 0, PLAIN_DRAWING))).toEqual(new Array(64).fill(0));
  });
});
