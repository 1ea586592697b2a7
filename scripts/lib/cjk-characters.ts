/**
 * The Chinese characters the site shows: every CJK character (ideographs, CJK punctuation,
 * full-width forms) in the sources that become pages, tracked or new (not ignored): the message
 * catalog and other texts under src/, the translated lessons and the exercises' translated prompts
 * and hints. scripts/build-fonts.ts subsets the shipped font to exactly these, and
 * test/site/cjk-font.test.ts fails when a text needs a character the shipped font lacks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders whose tracked files are scanned. */
export const CJK_SOURCE_FOLDERS = ['src', 'lessons', 'exercises'];

/** True for a code point a Latin system font does not draw: CJK blocks and full-width forms. */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // compatibility ideographs
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // CJK compatibility forms
    (codePoint >= 0xff00 && codePoint <= 0xffef) // full-width forms (，：（）)
  );
}

/** The CJK characters of `text`, each once. */
export function cjkCharactersOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const character of text) if (isCjk(character.codePointAt(0)!)) found.add(character);
  return found;
}

/** Every CJK character in the tracked files under {@link CJK_SOURCE_FOLDERS}, sorted by code point. */
export function siteCjkCharacters(root: string): string[] {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', ...CJK_SOURCE_FOLDERS], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && !/\.(bin|png|jpe?g|woff2?|wasm)$/.test(file));
  const all = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // listed by git but deleted in the working tree
    }
    for (const character of cjkCharactersOf(text)) all.add(character);
  }
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}
