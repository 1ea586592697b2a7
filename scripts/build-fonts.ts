/**
 * Builds the Chinese font the site serves itself: Noto Sans SC (variable weight, SIL Open Font
 * License 1.1, from the `@fontsource-variable/noto-sans-sc` devDependency), cut down to the
 * characters the site's texts use (scripts/lib/cjk-characters.ts), so a Chinese page stays light
 * and nothing comes from a font CDN.
 *
 * The package ships the font in ~100 slices, each with its `unicode-range`. For every slice that
 * holds a character the site needs, this keeps only those characters and the weights 400–700 (body
 * text and bold), and writes:
 * - public/fonts/noto-sans-sc/<slice>.woff2, one file per slice;
 * - src/styles/cjk-font.css, one `@font-face` per file whose `unicode-range` lists exactly its
 *   characters, so a browser downloads a file only when a page shows one of them;
 * - public/fonts/noto-sans-sc/manifest.json: the characters, the files and their sizes, the source
 *   package and version (test/fonts/cjk-font.test.ts checks the font covers every text);
 * - public/fonts/noto-sans-sc/OFL.txt, the licence.
 *
 * Usage: npm run build:fonts   (after a translation adds characters; the font test says when)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import { siteCjkCharacters } from './lib/cjk-characters.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The family name pages use (src/styles/global.css). */
export const CJK_FONT_FAMILY = 'runfirst Noto Sans SC';
/** Where the font files are served from, under the site's base. */
export const FONT_FOLDER = 'fonts/noto-sans-sc';
/** The weights kept from the variable font: body text to bold. */
const WEIGHTS = { min: 400, max: 700 };
const SOURCE_PACKAGE = '@fontsource-variable/noto-sans-sc';

/** What the build wrote, read by the font test. */
export interface FontManifest {
  /** `name@version` of the package the font was cut from. */
  source: string;
  family: string;
  weights: { min: number; max: number };
  /** Every character the font covers, sorted by code point. */
  characters: string;
  files: { file: string; characters: string; bytes: number }[];
}

/** `U+4e00-4e05,U+4e08` → a test for one code point. */
function parseUnicodeRange(range: string): (codePoint: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [first, last] = part.trim().replace(/^U\+/i, '').split('-');
    const low = parseInt(first!, 16);
    return [low, last === undefined ? low : parseInt(last, 16)] as const;
  });
  return (codePoint) => spans.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/** The `unicode-range` that lists exactly `characters`. */
function unicodeRangeOf(characters: string[]): string {
  return characters.map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(',');
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve(`${SOURCE_PACKAGE}/package.json`));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const slices = Object.entries(JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>).map(
    ([key, range]) => ({ name: key.replace(/^\[|\]$/g, ''), covers: parseUnicodeRange(range) }),
  );

  const needed = siteCjkCharacters(root);
  const bySlice = new Map<string, string[]>();
  const uncovered: string[] = [];
  for (const character of needed) {
    const slice = slices.find((s) => s.covers(character.codePointAt(0)!));
    if (slice === undefined) uncovered.push(character);
    else bySlice.set(slice.name, [...(bySlice.get(slice.name) ?? []), character]);
  }
  if (uncovered.length > 0) {
    throw new Error(`Noto Sans SC has no glyph for ${uncovered.join(' ')}: use another character in the text.`);
  }

  const outDir = join(root, 'public', FONT_FOLDER);
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (old.endsWith('.woff2')) rmSync(join(outDir, old));

  const files: FontManifest['files'] = [];
  const faces: string[] = [];
  for (const [name, characters] of [...bySlice].sort(([a], [b]) => Number(a) - Number(b))) {
    const source = readFileSync(join(packageDir, 'files', `noto-sans-sc-${name}-wght-normal.woff2`));
    const subset = await subsetFont(source, characters.join(''), { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } });
    const file = `${name}.woff2`;
    writeFileSync(join(outDir, file), subset);
    files.push({ file, characters: characters.join(''), bytes: subset.length });
    faces.push(
      [
        '@font-face {',
        `  font-family: '${CJK_FONT_FAMILY}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${WEIGHTS.min} ${WEIGHTS.max};`,
        `  src: url('/${FONT_FOLDER}/${file}') format('woff2');`,
        `  unicode-range: ${unicodeRangeOf(characters)};`,
        '}',
      ].join('\n'),
    );
  }

  const manifest: FontManifest = {
    source: `${SOURCE_PACKAGE}@${version}`,
    family: CJK_FONT_FAMILY,
    weights: WEIGHTS,
    characters: needed.join(''),
    files,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(outDir, 'OFL.txt'), readFileSync(join(packageDir, 'LICENSE')));
  writeFileSync(
    join(root, 'src', 'styles', 'cjk-font.css'),
    [
      `/* Generated by scripts/build-fonts.ts (npm run build:fonts) from ${manifest.source}, SIL Open Font`,
      ` * License 1.1 (public/${FONT_FOLDER}/OFL.txt): ${needed.length} characters in ${files.length} files. Do not edit. */`,
      '',
      faces.join('\n\n'),
      '',
    ].join('\n'),
  );
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`${needed.length} characters, ${files.length} files, ${(total / 1024).toFixed(1)} KiB in public/${FONT_FOLDER}/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
