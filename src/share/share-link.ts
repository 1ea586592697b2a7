/**
 * The share link format: a cell's or an exercise's code, compressed, in the URL fragment (which a
 * browser never sends to a server), with the format version and the place the code belongs:
 *
 *   #share=1&lesson=<lesson id>&cell=<cell id>&code=<zlib, base64url>
 *   #share=1&exercise=<exercise id>&code=<zlib, base64url>
 *
 * Reading a link trusts nothing in it: a fragment over MAX_LINK_CHARS is refused unread, ids must
 * look like ids, the code inflates to at most MAX_SHARED_CODE_BYTES (bounded-inflate.ts) and must
 * be valid UTF-8. The code is returned as a string; showing it as text, never as HTML, and never
 * running it, is the page's part (open-shared.ts).
 */
import { zlibSync } from 'fflate';
import { inflateZlibBounded } from './bounded-inflate';
import { SHARE_FRAGMENT_PREFIX } from './share-targets';

/** The format this site writes and reads. */
export const SHARE_FORMAT = 1;

/** The most code a link carries: 64 KB of UTF-8 (stated in README.md, "For study groups"). */
export const MAX_SHARED_CODE_BYTES = 64 * 1024;

/** The longest fragment read at all (64 KB of code that does not compress still fits). */
export const MAX_LINK_CHARS = 100_000;

/** Where shared code belongs: a lesson's (or the scratchpad's) cell, or an exercise. */
export type SharePlace = { kind: 'cell'; lesson: string; cell: string } | { kind: 'exercise'; exercise: string };

/** What a link carries. */
export interface SharedCode {
  place: SharePlace;
  code: string;
}

/** Why a link cannot be opened (worded by shareMessages.problem). */
export type ShareProblem =
  | { kind: 'incomplete' }
  | { kind: 'damaged' }
  | { kind: 'version'; found: string; expected: number }
  | { kind: 'too-large' }
  | { kind: 'unknown-place'; place: SharePlace };

/** A link read: its code, or the problem. */
export type ReadShareLink = { ok: true; shared: SharedCode } | { ok: false; problem: ShareProblem };

/** Lesson, cell and exercise ids: lowercase words joined by hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: string | null): value is string => value !== null && value.length <= 100 && ID.test(value);

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text`; 'incomplete' for a length no encoder writes, 'damaged' for other characters. */
function fromBase64Url(text: string): Uint8Array | 'incomplete' | 'damaged' {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return 'damaged';
  if (text.length % 4 === 1) return 'incomplete';
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment sharing `code` at `place` (with its `#`), or the code's size when it is over the cap. */
export function shareFragment(place: SharePlace, code: string): { fragment: string } | { tooLong: number } {
  const bytes = new TextEncoder().encode(code);
  if (bytes.length > MAX_SHARED_CODE_BYTES) return { tooLong: bytes.length };
  const params = new URLSearchParams({ share: String(SHARE_FORMAT) });
  if (place.kind === 'cell') {
    params.set('lesson', place.lesson);
    params.set('cell', place.cell);
  } else {
    params.set('exercise', place.exercise);
  }
  params.set('code', toBase64Url(zlibSync(bytes, { level: 9 })));
  return { fragment: `#${params.toString()}` };
}

/** Reads a share fragment (`location.hash`, which starts with `#share=`). */
export function readShareFragment(hash: string): ReadShareLink {
  const fail = (problem: ShareProblem): ReadShareLink => ({ ok: false, problem });
  if (!hash.startsWith(SHARE_FRAGMENT_PREFIX)) return fail({ kind: 'damaged' });
  if (hash.length > MAX_LINK_CHARS) return fail({ kind: 'too-large' });
  const params = new URLSearchParams(hash.slice(1));

  const version = params.get('share') ?? '';
  if (!/^\d{1,6}$/.test(version)) return fail({ kind: 'damaged' });
  if (Number(version) !== SHARE_FORMAT) return fail({ kind: 'version', found: version, expected: SHARE_FORMAT });

  const lesson = params.get('lesson');
  const cell = params.get('cell');
  const exercise = params.get('exercise');
  const encoded = params.get('code');
  let place: SharePlace;
  if (isId(exercise) && lesson === null && cell === null) place = { kind: 'exercise', exercise };
  else if (isId(lesson) && isId(cell) && exercise === null) place = { kind: 'cell', lesson, cell };
  // An id cut off in the middle still looks like an id, so a missing part means a cut link.
  else if (encoded === null && [lesson, cell, exercise].every((id) => id === null || isId(id))) return fail({ kind: 'incomplete' });
  else return fail({ kind: 'damaged' });
  if (encoded === null) return fail({ kind: 'incomplete' });

  const compressed = fromBase64Url(encoded);
  if (typeof compressed === 'string') return fail({ kind: compressed });
  const inflated = inflateZlibBounded(compressed, MAX_SHARED_CODE_BYTES);
  if (!inflated.ok) return fail({ kind: inflated.failure });
  let code: string;
  try {
    code = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return fail({ kind: 'damaged' });
  }
  return { ok: true, shared: { place, code } };
}
