/**
 * The cap on inflated code holds while inflating, not after: fflate's inflater is wrapped to
 * count what it produces, and a zip bomb stops within one piece of the cap.
 */
import { deflateSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adler32, inflateZlibBounded } from '../../src/share/bounded-inflate';

const produced = vi.hoisted(() => ({ bytes: 0 }));

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class CountingInflate extends real.Inflate {
    constructor(ondata: (data: Uint8Array, final: boolean) => void) {
      super((data, final) => {
        produced.bytes += data.length;
        ondata(data, final);
      });
    }
  }
  return { ...real, Inflate: CountingInflate };
});

beforeEach(() => {
  produced.bytes = 0;
});

describe('bounded inflate', () => {
  it('inflates zlib data within the cap', () => {
    const text = 'tf.tensor([1, 2, 3]).square().print();\n'.repeat(100);
    const result = inflateZlibBounded(deflateSync(text), 64 * 1024);
    expect(result.ok && Buffer.from(result.bytes).toString()).toBe(text);
  });

  it('stops a zip bomb within one piece of the cap instead of inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(inflateZlibBounded(bomb, 64 * 1024)).toEqual({ ok: false, failure: 'too-large' });
    // A 256-byte piece inflates to at most 256 × 1,032 bytes.
    expect(produced.bytes).toBeLessThan(64 * 1024 + 256 * 1032);
  });

  it('tells a cut stream (incomplete) from a wrong header or checksum (damaged)', () => {
    const data = deflateSync('console.log("hello from a friend");');
    expect(inflateZlibBounded(data.subarray(0, data.length - 6), 1000)).toEqual({ ok: false, failure: 'incomplete' });
    expect(inflateZlibBounded(data.subarray(0, 4), 1000)).toEqual({ ok: false, failure: 'incomplete' });
    expect(inflateZlibBounded(Uint8Array.from([0x12, ...data.subarray(1)]), 1000)).toEqual({ ok: false, failure: 'damaged' });
    const wrongSum = Uint8Array.from(data);
    wrongSum[wrongSum.length - 1]! ^= 1;
    expect(inflateZlibBounded(wrongSum, 1000)).toEqual({ ok: false, failure: 'damaged' });
  });

  it('computes Adler-32 as zlib does', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    const long = new Uint8Array(100_000).fill(255);
    expect(adler32(long)).toBe(deflateSync(long).readUInt32BE(deflateSync(long).length - 4));
  });
});
