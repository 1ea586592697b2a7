/**
 * The layout of the shipped digits file, public/data/digits.bin, and its manifest digits.json.
 * Written by scripts/build-data.ts, read by the `digits` loader; both import this module so the
 * two sides cannot drift apart.
 *
 * digits.bin = count × 64 pixel bytes (row-major 8×8 images, values 0–16), then count label bytes (0–9).
 */

/** Format tag stored in the manifest; bump it when the layout changes. */
export const DIGITS_FORMAT = 'runfirst-digits-v1';

/** Image side in pixels. */
export const DIGITS_SIDE = 8;

/** Largest pixel value (each pixel counts the on-pixels of a 4×4 block). */
export const DIGITS_PIXEL_MAX = 16;

/** The manifest public/data/digits.json describing public/data/digits.bin. */
export interface DigitsManifest {
  /** Always {@link DIGITS_FORMAT}. */
  format: typeof DIGITS_FORMAT;
  /** Number of images. */
  count: number;
  /** Image height and width in pixels. */
  height: number;
  width: number;
  /** Largest pixel value. */
  pixelMax: number;
  /** Number of classes (digits 0–9). */
  numClasses: number;
  /** Images per class, index = digit. */
  classCounts: number[];
  /** File name of the binary, relative to the manifest. */
  file: string;
  /** Size of the binary in bytes. */
  bytes: number;
  /** Hex sha256 of the binary. */
  sha256: string;
  /** How the bytes are laid out, in words. */
  layout: string;
  /** Where the data comes from. */
  source: string;
  /** Licence of the data. */
  licence: string;
  /** How to cite the data. */
  citation: string;
}

/** Decoded digits: pixels row-major (count × 64, 0–16) and labels (0–9). */
export interface DigitsArrays {
  count: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

/** Packs pixels and labels into the digits.bin layout. */
export function encodeDigits(digits: DigitsArrays): Uint8Array {
  const pixelBytes = digits.count * DIGITS_SIDE * DIGITS_SIDE;
  const out = new Uint8Array(pixelBytes + digits.count);
  out.set(digits.pixels.subarray(0, pixelBytes), 0);
  out.set(digits.labels.subarray(0, digits.count), pixelBytes);
  return out;
}

/**
 * Splits digits.bin bytes back into pixels and labels, checking size and value ranges.
 * Throws an Error whose message says what is wrong (the caller wraps it for the learner).
 */
export function decodeDigits(bytes: Uint8Array, count: number): DigitsArrays {
  const pixelBytes = count * DIGITS_SIDE * DIGITS_SIDE;
  if (bytes.length !== pixelBytes + count) {
    throw new Error(`expected ${pixelBytes + count} bytes, found ${bytes.length}`);
  }
  const pixels = bytes.subarray(0, pixelBytes);
  const labels = bytes.subarray(pixelBytes);
  if (pixels.some((value) => value > DIGITS_PIXEL_MAX)) throw new Error(`a pixel exceeds ${DIGITS_PIXEL_MAX}`);
  if (labels.some((value) => value > 9)) throw new Error('a label exceeds 9');
  return { count, pixels, labels };
}

/** Lowercase hex sha256 of `bytes` (Web Crypto, available in browsers, workers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Copy into a plain ArrayBuffer: subtle.digest does not accept views of a SharedArrayBuffer.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
