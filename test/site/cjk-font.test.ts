/**
 * The Chinese font the site serves (scripts/build-fonts.ts): it covers every Chinese character the
 * site's texts use, each file really holds the glyphs its `@font-face` claims, and the stylesheet
 * lists exactly the shipped files. A new translation with a new character fails here until the
 * font is rebuilt.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { CJK_FONT_FAMILY, FONT_FOLDER, type FontManifest } from '../../scripts/build-fonts';
import { cjkCharactersOf, isCjk, siteCjkCharacters } from '../../scripts/lib/cjk-characters';

const root = resolve(import.meta.dirname, '../..');
const fontDir = join(root, 'public', FONT_FOLDER);
const manifest = JSON.parse(readFileSync(join(fontDir, 'manifest.json'), 'utf8')) as FontManifest;
const css = readFileSync(join(root, 'src/styles/cjk-font.css'), 'utf8');
const REBUILD = 'Run `npm run build:fonts` and commit public/fonts/ and src/styles/cjk-font.css.';

/** The code points a woff2 file maps to glyphs (its cmap), read by HarfBuzz. */
async function codePointsOf(file: string): Promise<Set<number>> {
  const sfnt = await fontverter.convert(readFileSync(join(fontDir, file)), 'sfnt');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe('the Chinese font', () => {
  it('tells CJK characters from Latin ones', () => {
    expect([...cjkCharactersOf('损失函数 (loss)，下降。')]).toEqual(['损', '失', '函', '数', '，', '下', '降', '。']);
    expect(isCjk('a'.codePointAt(0)!)).toBe(false);
    expect(isCjk('—'.codePointAt(0)!)).toBe(false);
  });

  it('covers every Chinese character in the site’s texts', () => {
    const covered = new Set(manifest.characters);
    const missing = siteCjkCharacters(root).filter((c) => !covered.has(c));
    expect(missing, `characters without a glyph in the shipped font: ${missing.join('')}. ${REBUILD}`).toEqual([]);
  });

  it('ships each file with the glyphs its @font-face names, and no other files', async () => {
    const shipped = readdirSync(fontDir).filter((f) => f.endsWith('.woff2'));
    expect(shipped.sort()).toEqual(manifest.files.map((f) => f.file).sort());
    expect(manifest.files.map((f) => f.characters).join('').length).toBe(manifest.characters.length);
    for (const { file, characters, bytes } of manifest.files) {
      expect(readFileSync(join(fontDir, file)).length, `${file}: ${REBUILD}`).toBe(bytes);
      const inFont = await codePointsOf(file);
      const lacking = [...characters].filter((c) => !inFont.has(c.codePointAt(0)!));
      expect(lacking, `${file} has no glyph for ${lacking.join('')}`).toEqual([]);
      const range = [...characters].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(',');
      expect(css).toContain(`src: url('/${FONT_FOLDER}/${file}') format('woff2');\n  unicode-range: ${range};`);
    }
    expect(css.match(/@font-face/g)).toHaveLength(manifest.files.length);
    expect(css).toContain(`font-family: '${CJK_FONT_FAMILY}';`);
  });

  it('ships its licence', () => {
    expect(existsSync(join(fontDir, 'OFL.txt'))).toBe(true);
    expect(readFileSync(join(fontDir, 'OFL.txt'), 'utf8')).toContain('SIL Open Font License');
  });

  it('is the font the site’s stylesheet asks for, first on Chinese pages', () => {
    const global = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
    expect(global).toContain("@import './cjk-font.css';");
    expect(global).toMatch(new RegExp(`:root:lang\\(zh\\) \\{\\n  --font: '${CJK_FONT_FAMILY}',`));
  });
});
