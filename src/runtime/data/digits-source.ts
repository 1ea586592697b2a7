/**
 * Loads the shipped handwritten digits (public/data/digits.json + digits.bin) once per worker:
 * checks the manifest, the size and the sha256 of the bytes, and keeps the decoded examples.
 */
import { DataError } from '../tools/errors.ts';
import { reasonOf, siteUrl, type FetchBytes } from '../tools/fetch-bytes.ts';
import { dataMessages } from '../tools/messages.ts';
import { DIGITS_FORMAT, DIGITS_PIXEL_MAX, decodeDigits, sha256Hex, type DigitsManifest } from './digits-format.ts';
import type { RawDataset } from './types.ts';

/** Path of the manifest under the site root. */
export const DIGITS_MANIFEST_PATH = 'data/digits.json';

/** Decoded digits, by manifest URL: one fetch per worker, shared by every load. */
const cache = new Map<string, Promise<RawDataset>>();

/** The digits as flat examples (x [count, 64] in [0, 1], labels 0–9). Cached; a failed load is retried next time. */
export function loadDigits(baseUrl: string | URL, fetchBytes: FetchBytes): Promise<RawDataset> {
  const manifestUrl = siteUrl(baseUrl, DIGITS_MANIFEST_PATH);
  let pending = cache.get(manifestUrl);
  if (!pending) {
    pending = readDigits(manifestUrl, fetchBytes);
    cache.set(manifestUrl, pending);
    pending.catch(() => cache.delete(manifestUrl));
  }
  return pending;
}

/** Forgets cached digits (for tests). */
export function clearDigitsCache(): void {
  cache.clear();
}

async function fetchOrFail(url: string, fetchBytes: FetchBytes): Promise<Uint8Array> {
  try {
    return await fetchBytes(url);
  } catch (error) {
    throw new DataError(dataMessages.fetchFailed('digits', url, reasonOf(error)));
  }
}

async function readDigits(manifestUrl: string, fetchBytes: FetchBytes): Promise<RawDataset> {
  const corrupt = (file: string, reason: string) => new DataError(dataMessages.corrupt('digits', file, reason));
  let manifest: DigitsManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(await fetchOrFail(manifestUrl, fetchBytes))) as DigitsManifest;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw corrupt(manifestUrl, reasonOf(error));
  }
  if (manifest?.format !== DIGITS_FORMAT) throw corrupt(manifestUrl, `format is not ${String(DIGITS_FORMAT)}`);

  const binUrl = new URL(manifest.file, manifestUrl).href;
  const bytes = await fetchOrFail(binUrl, fetchBytes);
  // Web Crypto exists only in secure contexts (https, localhost); a site served over plain http on a
  // LAN address still loads, relying on the size and range checks of decodeDigits.
  if (globalThis.crypto?.subtle && (await sha256Hex(bytes)) !== manifest.sha256) {
    throw corrupt(binUrl, 'its sha256 does not match digits.json');
  }
  let decoded;
  try {
    decoded = decodeDigits(bytes, manifest.count);
  } catch (error) {
    throw corrupt(binUrl, reasonOf(error));
  }

  const features = new Float32Array(decoded.pixels.length);
  decoded.pixels.forEach((value, index) => {
    features[index] = value / DIGITS_PIXEL_MAX;
  });
  return {
    count: decoded.count,
    features,
    labels: Int32Array.from(decoded.labels),
    featureShape: [manifest.height * manifest.width],
    numClasses: manifest.numClasses,
    classNames: Array.from({ length: manifest.numClasses }, (_, digit) => String(digit)),
  };
}
