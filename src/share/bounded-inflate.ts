/**
 * Reads zlib data (RFC 1950: a 2-byte header, DEFLATE, an Adler-32 of the result) with a cap on
 * the size of what comes out: the DEFLATE stream is fed to fflate's streaming inflate in small
 * pieces and given up as soon as the output passes the cap, so a link holding a "zip bomb"
 * (a few KB that would expand to megabytes) costs at most one piece's output (DEFLATE expands a
 * byte at most 1,032 times) beyond the cap. fflate skips the checksum, so it is checked here: a
 * cut or altered stream is never taken for code.
 */
import { Inflate } from 'fflate';

/** Why the data could not be read. */
export type InflateFailure = 'incomplete' | 'damaged' | 'too-large';

/** The bytes, or why there are none. */
export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: InflateFailure };

/** Compressed bytes fed to the inflater at a time (at most ≈ 264 KB of output each). */
const PIECE_BYTES = 256;

/** fflate's error code for a stream that ends too early. */
const UNEXPECTED_EOF = 0;

/** Thrown from the output callback to stop inflating at the cap (and caught below). */
class OverCapError extends Error {
  override readonly name = 'OverCapError';
}

/** Adler-32 of `bytes` (RFC 1950 §8). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // Reduced every 5,552 bytes, as zlib does (its NMAX), so both sums stay below 2^32.
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return (b * 65536 + a) >>> 0;
}

/** A zlib header that fflate's `zlibSync` (or any zlib) writes: DEFLATE, no preset dictionary. */
const isZlibHeader = (cmf: number, flg: number) => (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0 && !(flg & 0x20);

/** Inflates zlib `data` to at most `maxBytes` bytes. */
export function inflateZlibBounded(data: Uint8Array, maxBytes: number): InflateResult {
  // Header, at least one DEFLATE byte, checksum.
  if (data.length < 7) return { ok: false, failure: 'incomplete' };
  if (!isZlibHeader(data[0]!, data[1]!)) return { ok: false, failure: 'damaged' };
  const body = data.subarray(2, data.length - 4);
  const expected = new DataView(data.buffer, data.byteOffset + data.length - 4, 4).getUint32(0);

  const pieces: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((piece) => {
    total += piece.length;
    if (total > maxBytes) throw new OverCapError(`more than ${maxBytes} bytes`);
    pieces.push(piece);
  });
  try {
    // The last piece is never empty, so a stream cut short always ends in fflate's EOF error.
    for (let at = 0; at < body.length; at += PIECE_BYTES) {
      inflater.push(body.subarray(at, at + PIECE_BYTES), at + PIECE_BYTES >= body.length);
    }
  } catch (error) {
    if (error instanceof OverCapError) return { ok: false, failure: 'too-large' };
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, failure: code === UNEXPECTED_EOF ? 'incomplete' : 'damaged' };
  }

  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return adler32(bytes) === expected ? { ok: true, bytes } : { ok: false, failure: 'damaged' };
}
