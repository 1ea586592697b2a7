/** Types of the two font tools scripts/build-fonts.ts and its test use (neither ships its own). */
declare module 'subset-font' {
  /** An axis pinned to one value, or narrowed to a range. */
  type Axis = number | { min: number; max: number; default?: number };
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    variationAxes?: Record<string, Axis>;
  }
  /** A font (SFNT, WOFF or WOFF2) cut down to the glyphs `text` needs. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  /** Converts a font between SFNT, WOFF and WOFF2. */
  export function convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
