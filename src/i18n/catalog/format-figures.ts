/**
 * How the messages of `expect.*` and of grading write the figures they quote, the same in every
 * language: a number to 4 significant digits, a shape or index as `[2, 3]`. Not an area of the
 * catalog (it holds no words); the area files of every locale import it.
 */

/** A number shown to 4 significant digits (exact integers as they are); NaN and ±Infinity by name. */
export function formatFigure(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e6) ? value.toExponential(3) : String(Number(value.toPrecision(4)));
}

/** A shape or index as `[2, 3]`. */
export const formatShape = (shape: readonly number[]): string => `[${shape.join(', ')}]`;
