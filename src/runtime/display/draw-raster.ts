/**
 * How a stroke becomes ink on a drawing pad's grid, shared by the page (mouse, touch, keyboard)
 * and the kernel (`pad.stroke`), so a drawing made either way is the same array.
 *
 * A pad is size × size cells, row by row, each from 0 (blank) to 1 (ink). A stroke is a polyline
 * of [column, row] points in cell units (the centre of cell (r, c) is [c, r]; fractions allowed,
 * 0 … size − 1); each cell takes the larger of its ink and the pen's coverage at its centre, a
 * round pen with a one-cell soft edge.
 */

/** Cells per side at most. */
export const MAX_DRAW_PAD_SIZE = 64;
/** Cells per side at least. */
export const MIN_DRAW_PAD_SIZE = 4;

/** The pen's radius in cells on a pad of `size`: about a 28th of the side (MNIST's stroke), at least half a cell. */
export function penRadius(size: number): number {
  return Math.max(0.5, size * 0.045);
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Inks `pixels` (size × size) along the polyline `points` ([column, row] in cell units; one
 * point is a dot) with a pen of `radius` cells. Returns whether any cell changed.
 */
export function paintStroke(
  pixels: Float32Array,
  size: number,
  points: ReadonlyArray<readonly [number, number]>,
  radius = penRadius(size),
): boolean {
  let changed = false;
  const segments = points.length === 1 ? [[points[0], points[0]] as const] : points.slice(1).map((p, i) => [points[i], p] as const);
  for (const [a, b] of segments) {
    if (!a || !b) continue;
    const reach = radius + 0.5;
    const left = Math.max(0, Math.floor(Math.min(a[0], b[0]) - reach));
    const right = Math.min(size - 1, Math.ceil(Math.max(a[0], b[0]) + reach));
    const top = Math.max(0, Math.floor(Math.min(a[1], b[1]) - reach));
    const bottom = Math.min(size - 1, Math.ceil(Math.max(a[1], b[1]) + reach));
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        const coverage = Math.min(1, Math.max(0, radius + 0.5 - distanceToSegment(column, row, a[0], a[1], b[0], b[1])));
        const index = row * size + column;
        if (coverage > (pixels[index] ?? 0)) {
          pixels[index] = coverage;
          changed = true;
        }
      }
    }
  }
  return changed;
}

/** How many cells hold any ink. */
export function inkedCells(pixels: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i++) if ((pixels[i] ?? 0) > 0) count += 1;
  return count;
}
