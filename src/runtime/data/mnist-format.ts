/**
 * The layout of the shipped MNIST files, public/data/mnist-14x14.bin and mnist-8x8.bin, and
 * their one manifest mnist.json. Written by scripts/build-data.ts, read by the `mnist` loader;
 * both import this module so the two sides cannot drift apart.
 *
 * Each .bin = count × side² pixel bytes (row-major side × side images, values 0–pixelMax), then
 * count label bytes (0–9); the images are in the same order in both files.
 */

/** Format tag stored in the manifest; bump it when the layout changes. */
export const MNIST_FORMAT = 'runfirst-mnist-v1';

/** The image sides shipped: 14 (the 28 × 28 originals averaged over 2 × 2 blocks) and 8 (drawn like the UCI digits). */
export const MNIST_RESOLUTIONS = [14, 8] as const;

/** One of {@link MNIST_RESOLUTIONS}. */
export type MnistResolution = (typeof MNIST_RESOLUTIONS)[number];

/** Largest pixel value of each resolution: grey levels 0–255 at 14 × 14, on-pixel counts 0–16 at 8 × 8 (as the UCI digits). */
export const MNIST_PIXEL_MAX: Record<MnistResolution, number> = { 14: 255, 8: 16 };

/** One shipped resolution in the manifest. */
export interface MnistFileEntry {
  /** Image side in pixels (images are square). */
  side: MnistResolution;
  /** Largest pixel value. */
  pixelMax: number;
  /** File name of the binary, relative to the manifest. */
  file: string;
  /** Size of the binary in bytes. */
  bytes: number;
  /** Hex sha256 of the binary. */
  sha256: string;
  /** How the bytes are laid out, in words. */
  layout: string;
  /** How these images were made from the 28 × 28 originals. */
  derivation: string;
}

/** The manifest public/data/mnist.json. */
export interface MnistManifest {
  /** Always {@link MNIST_FORMAT}. */
  format: typeof MNIST_FORMAT;
  /** Number of images (the same in every file). */
  count: number;
  /** Number of classes (digits 0–9). */
  numClasses: number;
  /** Images per class, index = digit. */
  classCounts: number[];
  /** One entry per shipped resolution. */
  files: MnistFileEntry[];
  /** Where the data comes from. */
  source: string;
  /** Licence of the data. */
  licence: string;
  /** How to cite the data. */
  citation: string;
}

/** Decoded images: pixels row-major (count × side², 0–pixelMax) and labels (0–9). */
export interface ImageArrays {
  count: number;
  side: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

/** File name of a resolution's binary. */
export const mnistFileName = (side: MnistResolution): string => `mnist-${side}x${side}.bin`;

/** Packs pixels and labels into the .bin layout. */
export function encodeImages(images: ImageArrays): Uint8Array {
  const pixelBytes = images.count * images.side * images.side;
  const out = new Uint8Array(pixelBytes + images.count);
  out.set(images.pixels.subarray(0, pixelBytes), 0);
  out.set(images.labels.subarray(0, images.count), pixelBytes);
  return out;
}

/**
 * Splits .bin bytes back into pixels and labels, checking size and value ranges.
 * Throws an Error whose message says what is wrong (the caller wraps it for the learner).
 */
export function decodeImages(bytes: Uint8Array, count: number, side: number, pixelMax: number): ImageArrays {
  const pixelBytes = count * side * side;
  if (bytes.length !== pixelBytes + count) {
    throw new Error(`expected ${pixelBytes + count} bytes, found ${bytes.length}`);
  }
  const pixels = bytes.subarray(0, pixelBytes);
  const labels = bytes.subarray(pixelBytes);
  if (pixels.some((value) => value > pixelMax)) throw new Error(`a pixel exceeds ${pixelMax}`);
  if (labels.some((value) => value > 9)) throw new Error('a label exceeds 9');
  return { count, side, pixels, labels };
}
