import { describe, expect, it } from 'vitest';
import { inkedCells, paintStroke, penRadius } from '../../../src/runtime/display/draw-raster';
import { isDrawing } from '../../../src/runtime/display/is-display-message';
import { parseKernelRequest } from '../../../src/runtime/protocol';

describe('paintStroke', () => {
  it('inks a dot under the pen and nothing far from it', () => {
    const pixels = new Float32Array(8 * 8);
    expect(paintStroke(pixels, 8, [[4, 4]])).toBe(true);
    expect(pixels[4 * 8 + 4]).toBe(1);
    expect(inkedCells(pixels)).toBe(1);
  });

  it('inks a line between points, softly at its edge on a large pad', () => {
    const pixels = new Float32Array(28 * 28);
    paintStroke(pixels, 28, [
      [13.5, 4],
      [13.5, 24],
    ]);
    const at = (row: number, column: number) => pixels[row * 28 + column] ?? 0;
    expect(at(10, 13)).toBe(1);
    expect(at(10, 14)).toBe(1);
    expect(at(10, 15)).toBeGreaterThan(0);
    expect(at(10, 15)).toBeLessThan(1);
    expect(at(10, 20)).toBe(0);
    expect(at(1, 14)).toBe(0);
    expect(penRadius(28)).toBeCloseTo(1.26, 2);
  });

  it('never lowers ink and says when nothing changed', () => {
    const pixels = new Float32Array(16).fill(1);
    expect(paintStroke(pixels, 4, [[1, 1]])).toBe(false);
    expect(Array.from(pixels).every((v) => v === 1)).toBe(true);
  });
});

describe('drawing input requests', () => {
  it('accepts a square drawing in [0, 1] and drops anything else', () => {
    expect(isDrawing(new Float32Array(64))).toBe(true);
    expect(isDrawing(new Float32Array(10))).toBe(false);
    expect(isDrawing(new Float32Array(4).fill(2))).toBe(false);
    expect(isDrawing([0, 0, 0, 0])).toBe(false);
    expect(parseKernelRequest({ type: 'input', padId: 'p', pixels: new Float32Array(16) })).toBeDefined();
    expect(parseKernelRequest({ type: 'input', padId: 3, pixels: new Float32Array(16) })).toBeUndefined();
    expect(parseKernelRequest({ type: 'input', padId: 'p', pixels: new Float32Array(65 * 65) })).toBeUndefined();
  });
});
