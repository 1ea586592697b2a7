/**
 * The share link format and every link it must refuse, read as a hostile page would be: cut
 * short, garbage, another format version, megabytes of code behind a few KB, markup in the code.
 * The links are also read with node's own zlib, so the format is plain zlib + base64url.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_CHARS, MAX_SHARED_CODE_BYTES, readShareFragment, shareFragment, type SharePlace } from '../../src/share/share-link';

const CELL: SharePlace = { kind: 'cell', lesson: 'first-model', cell: 'train' };
const EXERCISE: SharePlace = { kind: 'exercise', exercise: 'fit-a-line' };
const CODE = 'const w = tf.variable(tf.scalar(0));\nconsole.log("ŵ = 0 → 1 ✓", w.dataSync());';

const fragmentOf = (place: SharePlace, code: string) => {
  const made = shareFragment(place, code);
  if (!('fragment' in made)) throw new Error(`expected a fragment, got ${JSON.stringify(made)}`);
  return made.fragment;
};

/** A fragment with `bytes` zlib-compressed by node, for links no encoder of ours wrote. */
const handMade = (bytes: Uint8Array | string, head = 'share=1&lesson=first-model&cell=train') =>
  `#${head}&code=${deflateSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).toString('base64url')}`;

const problemOf = (hash: string) => {
  const read = readShareFragment(hash);
  return read.ok ? 'opened' : read.problem.kind;
};

describe('a share link', () => {
  it('carries the format, the lesson and cell, and the code as zlib in base64url', () => {
    const fragment = fragmentOf(CELL, CODE);
    expect(fragment).toMatch(/^#share=1&lesson=first-model&cell=train&code=[A-Za-z0-9_-]+$/);
    const code = new URLSearchParams(fragment.slice(1)).get('code')!;
    expect(inflateSync(Buffer.from(code, 'base64url')).toString('utf8')).toBe(CODE);
    expect(fragmentOf(EXERCISE, CODE)).toMatch(/^#share=1&exercise=fit-a-line&code=[A-Za-z0-9_-]+$/);
  });

  it('gives back exactly the code and the place it was made with', () => {
    for (const place of [CELL, EXERCISE]) {
      for (const code of [CODE, '', '\n\n  ', 'x'.repeat(10_000), '</script><img src=x onerror="alert(1)">', '😀 ä\u0000 ']) {
        expect(readShareFragment(fragmentOf(place, code))).toEqual({ ok: true, shared: { place, code } });
      }
    }
  });

  it('compresses: a typical cell’s link is shorter than half its code', () => {
    const cell = Array.from({ length: 20 }, (_, i) => `const layer${i} = tf.layers.dense({ units: ${i + 1}, activation: 'relu' });`).join(
      '\n',
    );
    expect(fragmentOf(CELL, cell).length).toBeLessThan(cell.length / 2);
  });

  it('carries code up to the cap (64 KB of UTF-8) and refuses to make a longer one', () => {
    const atCap = 'é'.repeat(MAX_SHARED_CODE_BYTES / 2);
    expect(readShareFragment(fragmentOf(CELL, atCap))).toMatchObject({ ok: true, shared: { code: atCap } });
    expect(shareFragment(CELL, `${atCap}x`)).toEqual({ tooLong: MAX_SHARED_CODE_BYTES + 1 });
    // Code that barely compresses still fits in the longest fragment read.
    const random = Array.from({ length: MAX_SHARED_CODE_BYTES }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('');
    expect(fragmentOf(CELL, random).length).toBeLessThan(MAX_LINK_CHARS);
  });
});

describe('a broken or hostile share link', () => {
  it('is incomplete when cut anywhere, and never opens', () => {
    const fragment = fragmentOf(CELL, CODE);
    const problems = new Set<string>();
    for (let length = 1; length < fragment.length; length++) problems.add(problemOf(fragment.slice(0, length)));
    expect(problems.has('opened')).toBe(false);
    expect(problemOf(fragment.slice(0, Math.floor(fragment.length / 2)))).toBe('incomplete');
    expect(problemOf(fragment.slice(0, -1))).toBe('incomplete');
    expect(problemOf('#share=1&lesson=first-model&cell=tr')).toBe('incomplete');
    expect(problemOf('#share=1')).toBe('incomplete');
  });

  it('is damaged when it holds garbage, and never opens', () => {
    expect(problemOf('#share=1&lesson=first-model&cell=train&code=%%%!!!')).toBe('damaged');
    expect(problemOf('#share=1&lesson=first-model&cell=train&code=AAAAAAAAAAAAAAAA')).toBe('damaged');
    expect(problemOf('#share=1&lesson=first-model&cell=train&code=')).toBe('incomplete');
    expect(problemOf('#share=&lesson=first-model')).toBe('damaged');
    expect(problemOf('#share=one&lesson=first-model&cell=train&code=eJwDAAAAAAE')).toBe('damaged');
    // Ids must be ids: no markup, no paths, not both a cell and an exercise.
    expect(problemOf(handMade(CODE, 'share=1&lesson=<img src=x>&cell=train'))).toBe('damaged');
    expect(problemOf(handMade(CODE, 'share=1&lesson=../../etc&cell=train'))).toBe('damaged');
    expect(problemOf(handMade(CODE, 'share=1&lesson=first-model&cell=train&exercise=fit-a-line'))).toBe('damaged');
    // Bytes that are not UTF-8 text.
    expect(problemOf(handMade(new Uint8Array([0x63, 0xff, 0xfe, 0x00])))).toBe('damaged');
  });

  it('is damaged when one character of its code changed (the zlib checksum is checked)', () => {
    const fragment = fragmentOf(CELL, CODE);
    const start = fragment.indexOf('code=') + 5;
    const problems = new Set<string>();
    // (Not the last character: its low bits may be padding that decodes to the same bytes.)
    for (let at = start; at < fragment.length - 1; at++) {
      problems.add(problemOf(fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1)));
    }
    expect(problems.has('opened')).toBe(false);
    expect(problems.has('damaged')).toBe(true);
  });

  it('names a format it cannot read', () => {
    expect(readShareFragment(fragmentOf(CELL, CODE).replace('share=1', 'share=2'))).toEqual({
      ok: false,
      problem: { kind: 'version', found: '2', expected: 1 },
    });
    expect(problemOf(fragmentOf(CELL, CODE).replace('share=1', 'share=0'))).toBe('version');
  });

  it('is too large when its code inflates past the cap, without inflating the rest', () => {
    const bomb = handMade(new Uint8Array(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(40_000);
    expect(problemOf(bomb)).toBe('too-large');
    expect(problemOf(handMade('x'.repeat(MAX_SHARED_CODE_BYTES + 1)))).toBe('too-large');
    expect(problemOf(handMade('x'.repeat(MAX_SHARED_CODE_BYTES)))).toBe('opened');
  });

  it('is too large, unread, when the fragment is longer than any link the site makes', () => {
    expect(problemOf(`#share=1&lesson=first-model&cell=train&code=${'A'.repeat(MAX_LINK_CHARS)}`)).toBe('too-large');
  });

  it('keeps markup in the code as the characters it is', () => {
    const hostile = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    expect(readShareFragment(handMade(hostile))).toEqual({ ok: true, shared: { place: CELL, code: hostile } });
  });
});
