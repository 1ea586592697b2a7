/**
 * Loads the shipped MNIST digits (public/data/mnist.json + mnist-14x14.bin or mnist-8x8.bin)
 * once per worker and resolution: checks the manifest, the size and the sha256 of the bytes, and
 * keeps the decoded examples. Only the resolution asked for is fetched.
 */
import { DataError } from '../tools/errors.ts';
import { reasonOf, siteUrl, type FetchBytes } from '../tools/fetch-bytes.ts';
import { dataMessages } from '../tools/messages.ts';
import { sha256Hex } from './digits-format.ts';
import { MNIST_FORMAT, decodeImages, type MnistManifest, type MnistResolution } from './mnist-format.ts';
import type { RawDataset } from './types.ts';

/** Path of the manifest under the site root. */
export const MNIST_MANIFEST_PATH = 'data/mnist.json';

/** Manifests by URL, and decoded images by URL and resolution: one fetch each per worker. */
const manifests = new Map<string, Promise<MnistManifest>>();
const images = new Map<string, Promise<RawDataset>>();

/** Forgets cached files (for tests). */
export function clearMnistCache(): void {
  manifests.clear();
  images.clear();
}

/** Caches `load()` under `key`; a failed load is forgotten, so the next call retries. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/**
 * The MNIST images at `side` × `side` as flat examples (x [count, side²] in [0, 1], labels 0–9).
 * Cached; a failed load is retried next time.
 */
export function loadMnist(baseUrl: string | URL, fetchBytes: FetchBytes, side: MnistResolution): Promise<RawDataset> {
  const manifestUrl = siteUrl(baseUrl, MNIST_MANIFEST_PATH);
  return cached(images, `${manifestUrl}#${side}`, async () => {
    const manifest = await cached(manifests, manifestUrl, () => readManifest(manifestUrl, fetchBytes));
    return readImages(manifest, manifestUrl, fetchBytes, side);
  });
}

const corrupt = (file: string, reason: string) => new DataError(dataMessages.corrupt('mnist', file, reason));

async function fetchOrFail(url: string, fetchBytes: FetchBytes): Promise<Uint8Array> {
  try {
    return await fetchBytes(url);
  } catch (error) {
    throw new DataError(dataMessages.fetchFailed('mnist', url, reasonOf(error)));
  }
}

async function readManifest(manifestUrl: string, fetchBytes: FetchBytes): Promise<MnistManifest> {
  let manifest: MnistManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(await fetchOrFail(manifestUrl, fetchBytes))) as MnistManifest;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw corrupt(manifestUrl, reasonOf(error));
  }
  if (manifest?.format !== MNIST_FORMAT) throw corrupt(manifestUrl, `format is not ${String(MNIST_FORMAT)}`);
  return manifest;
}

async function readImages(
  manifest: MnistManifest,
  manifestUrl: string,
  fetchBytes: FetchBytes,
  side: MnistResolution,
): Promise<RawDataset> {
  const entry = manifest.files.find((file) => file.side === side);
  if (!entry) throw corrupt(manifestUrl, `it lists no ${side}×${side} file`);
  const binUrl = new URL(entry.file, manifestUrl).href;
  const bytes = await fetchOrFail(binUrl, fetchBytes);
  // As for the digits: without Web Crypto (plain http on a LAN address) rely on the size and range checks.
  if (globalThis.crypto?.subtle && (await sha256Hex(bytes)) !== entry.sha256) {
    throw corrupt(binUrl, 'its sha256 does not match mnist.json');
  }
  let decoded;
  try {
    decoded = decodeImages(bytes, manifest.count, side, entry.pixelMax);
  } catch (error) {
    throw corrupt(binUrl, reasonOf(error));
  }
  const features = new Float32Array(decoded.pixels.length);
  decoded.pixels.forEach((value, index) => {
    features[index] = value / entry.pixelMax;
  });
  return {
    count: decoded.count,
    features,
    labels: Int32Array.from(decoded.labels),
    featureShape: [side * side],
    numClasses: manifest.numClasses,
    classNames: Array.from({ length: manifest.numClasses }, (_, digit) => String(digit)),
  };
}
