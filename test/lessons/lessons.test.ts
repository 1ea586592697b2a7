import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales';
import { runLessonCells } from './run-lesson-cells';
import { normaliseProse } from './claims/claim';
import { brokenClaims, describeBroken } from './claims/check-claims';
import { claimsOf } from './claims/index';
import { nodeLessonOutput } from './claims/node-output';

/**
 * Every lesson's cells run, in order, with real tfjs on the cpu backend: nothing throws, the
 * whole lesson fits the time budget, every theory layer's check cell prints its verdict (✓),
 * never a failure (✗), and leaves no tensor behind, and every claim the lesson's prose makes
 * about its output (test/lessons/claims/<id>.ts) holds on this run.
 */
const LESSONS_DIR = join(import.meta.dirname, '../../lessons');
/**
 * The bar is one minute for all of a lesson's cells on the cpu backend in the browser; node's
 * tfjs cpu backend runs the same JavaScript kernels. Asserted on CPU time, so that a machine
 * busy with other work does not fail the test.
 */
const BUDGET_MS = 60_000;
const lessonFiles = readdirSync(LESSONS_DIR).filter((f) => f.endsWith('.md')).sort();
const timings: string[] = [];

describe.each(lessonFiles)('lesson %s', (file) => {
  const id = file.replace(/\.md$/, '');
  const claims = claimsOf(id);

  test('it makes claims about what its cells show', () => {
    expect(claims.length, `test/lessons/claims/${id}.ts holds the lesson's sentences about its output`).toBeGreaterThan(0);
  });

  test('every claim quotes words the lesson says', () => {
    const prose = normaliseProse(readFileSync(join(LESSONS_DIR, file), 'utf8'));
    const missing = claims.map((c) => c.says).filter((says) => !prose.includes(normaliseProse(says)));
    expect(missing, `claims in test/lessons/claims/${id}.ts whose words are not (or no longer) in lessons/${file}`).toEqual([]);
  });

  // A translation makes the same claims in its own words (Claim.saysIn); its cells are the English
  // ones, so the run below holds for it too and only its words need checking.
  for (const locale of TRANSLATED_LOCALES.filter((l) => existsSync(join(LESSONS_DIR, l, file)))) {
    test(`every claim quotes its words in the ${locale} translation too`, () => {
      const translated = `lessons/${locale}/${file}`;
      const prose = normaliseProse(readFileSync(join(LESSONS_DIR, locale, file), 'utf8'));
      const problems = claims.flatMap(({ says, saysIn }) => {
        const words = saysIn?.[locale];
        if (!words?.trim()) return [`"${says}": no saysIn['${locale}'], the words of ${translated} that make this claim`];
        return prose.includes(normaliseProse(words)) ? [] : [`"${says}": its ${locale} words "${words}" are not (or no longer) in ${translated}`];
      });
      expect(problems, `claims in test/lessons/claims/${id}.ts and ${translated}`).toEqual([]);
    });
  }

  test('its cells run in order without error, within the budget, and every theory check passes', async () => {
    const run = await runLessonCells(join(LESSONS_DIR, file));
    if (run.error) {
      const { cell, error } = run.error;
      throw new Error(`${file}:${cell.line} cell ${cell.id} threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    if (process.env['LESSON_LOGS']) {
      for (const c of run.cells) console.log(`--- ${file} ${c.cell.id} (${c.ms.toFixed(0)} ms, tensors ${c.tensorDelta >= 0 ? '+' : ''}${c.tensorDelta})\n${c.logs.join('\n')}`);
      for (const s of run.shows.filter((s) => s.kind === 'table')) console.log(JSON.stringify(s.options), JSON.stringify(s.values));
    }
    expect(run.cells.length).toBeGreaterThan(0);
    const first = run.cells[0];
    expect(first?.cell.inTheory, 'the lesson opens with a cell outside the theory layers').toBe(false);
    expect(first?.displays.map((d) => d.kind), 'the first cell shows a chart, table or images').toEqual(
      expect.arrayContaining([expect.stringMatching(/^(line|table|images|scatter|heatmap)$/)]),
    );
    expect(run.cpuMs).toBeLessThan(BUDGET_MS);
    timings.push(`${file}: ${(run.totalMs / 1000).toFixed(1)} s (CPU ${(run.cpuMs / 1000).toFixed(1)} s) for ${run.cells.length} cells (${run.cells.map((c) => `${c.cell.id} ${(c.ms / 1000).toFixed(1)}s`).join(', ')})`);
    const checks = run.cells.filter((c) => c.cell.inTheory);
    expect(checks.length, 'every lesson has at least one theory check cell').toBeGreaterThan(0);
    for (const check of checks) {
      const output = check.logs.join('\n');
      expect(output, `${file}:${check.cell.line} ${check.cell.id} prints a verdict`).toMatch(/✓/);
      expect(output, `${file}:${check.cell.line} ${check.cell.id} reports no failure`).not.toMatch(/✗/);
      expect(check.tensorDelta, `${file}:${check.cell.line} ${check.cell.id} leaves no tensors`).toBe(0);
    }
    const broken = brokenClaims(claims, nodeLessonOutput(run, 'cpu'));
    expect(broken, describeBroken(file, 'cpu', broken)).toEqual([]);
  }, 180_000);
});

afterAll(() => {
  if (timings.length) console.log(`Lesson cell run times (node, tfjs cpu):\n${timings.join('\n')}`);
});
