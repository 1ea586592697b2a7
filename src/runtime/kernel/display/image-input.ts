/**
 * Reads show.images input into RGBA bytes: grey or RGB images, values in [0, 1] or 0–255
 * (detected from the brightest value), without copying more of a tensor than needed.
 */
import { isTensorLike } from './format-tensor';
import { displayMessages } from '../../display/messages';
import { readNumeric } from './tensor-input';

/** Image values without copying a whole tensor (a data set can hold thousands of images). */
export function readImages(images: unknown): { shape: readonly number[]; values: ArrayLike<number> } | null {
  if (!isTensorLike(images)) return readNumeric(images, 'show.images');
  if (images.isDisposed) throw new Error(displayMessages.disposedInput('show.images'));
  if (images.dtype === 'string') return null;
  return { shape: images.shape, values: images.dataSync() as ArrayLike<number> };
}

/**
 * Values above this mean the 0–255 scale; [0, 1] images may overshoot 1 a little (rounding,
 * noise), and a 0–255 image whose brightest pixel is 1.5 is black either way.
 */
export const BYTE_SCALE_THRESHOLD = 1.5;

/** Grey or RGB values → RGBA bytes, auto-scaling [0, 1] images to 0–255. */
export function toRgba(values: ArrayLike<number>, pixelCount: number, channels: number): Uint8ClampedArray {
  let max = 0;
  for (let i = 0; i < pixelCount * channels; i++) max = Math.max(max, values[i] ?? 0);
  const scale = max > BYTE_SCALE_THRESHOLD ? 1 : 255;
  const rgba = new Uint8ClampedArray(pixelCount * 4);
  for (let p = 0; p < pixelCount; p++) {
    for (let c = 0; c < 3; c++) rgba[4 * p + c] = (values[p * channels + (channels === 1 ? 0 : c)] ?? 0) * scale;
    rgba[4 * p + 3] = 255;
  }
  return rgba;
}
