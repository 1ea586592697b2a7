/**
 * Colours of chart series and classes (Okabe–Ito, distinguishable with colour-vision
 * deficiencies) and the sequential scale of heatmaps.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** The colour of series or class `index`, cycling through the palette. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length] ?? '#0072B2';
}

/** Stops of a viridis-like scale from low (dark purple) to high (yellow). */
const SCALE: ReadonlyArray<readonly [number, number, number]> = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** RGB of `t` in [0, 1] on the heatmap scale. */
export function heatColor(t: number): [number, number, number] {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (SCALE.length - 1);
  const low = Math.floor(position);
  const high = Math.min(SCALE.length - 1, low + 1);
  const f = position - low;
  const a = SCALE[low] ?? [0, 0, 0];
  const b = SCALE[high] ?? [0, 0, 0];
  return [0, 1, 2].map((i) => Math.round((a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * f)) as [number, number, number];
}

/** Black or white, whichever reads better on the given background. */
export function textOn([r, g, b]: readonly [number, number, number]): string {
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? '#000' : '#fff';
}
