import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t975 } from '../../../src/runtime/tools/log/run-summary.ts';

/**
 * One t-table: lesson 7 (lessons/rerun.md) prints t(0.975, df) for its learners, exercises and
 * later lessons copy it into their code (a learner's cell or exercise cannot import it), and
 * `log.compare` computes its intervals with run-summary.ts's copy. Every copy a lesson or an
 * exercise holds — a `T975 = [...]` table, or a constant commented `// t(0.975, df)` — must equal
 * run-summary's value, so that the interval a learner computes by hand is the one the log shows.
 */
const root = join(import.meta.dirname, '..', '..', '..');

function filesUnder(folder: string, extension: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

/** Every quoted t(0.975, df) in lessons and exercises: where, df, and the value written there. */
function quotedQuantiles(): { where: string; df: number; value: number }[] {
  const files = [...filesUnder(join(root, 'lessons'), '.md'), ...filesUnder(join(root, 'exercises'), '.js')];
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    // A table indexed by degrees of freedom, entry 0 unused: const T975 = [NaN, 12.706, 4.303, …];
    // (Comments dropped first: rerun.md's says "T975[df]".)
    const tables = [...text.replace(/\/\/[^\n]*/g, '').matchAll(/\bT975\s*=\s*\[([^\]]*)\]/g)].flatMap((match) =>
      (match[1] ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
        .flatMap((entry, df) => (df === 0 ? [] : [{ where, df, value: Number(entry) }])),
    );
    // A single constant: const T975_DF3 = 3.182; // t(0.975, 3): …
    const constants = [...text.matchAll(/=\s*([\d.]+);\s*\/\/\s*t\(0\.975, (\d+)\)/g)].map((match) => ({
      where,
      df: Number(match[2]),
      value: Number(match[1]),
    }));
    return [...tables, ...constants];
  });
}

describe('the t-table of lesson 7', () => {
  const quoted = quotedQuantiles();

  it('is found where lessons and exercises quote it', () => {
    const places = new Set(quoted.map((q) => q.where));
    for (const where of [
      'lessons/rerun.md',
      'lessons/one-project-deep.md',
      'exercises/runs-needed/tests.js',
      'exercises/false-wins/tests.js',
    ]) {
      expect(places, `no t(0.975, df) found in ${where}`).toContain(where);
    }
    expect(quoted.filter((q) => q.where === 'lessons/rerun.md').map((q) => q.df)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("is the same everywhere as log.compare's (run-summary.ts)", () => {
    const differing = quoted
      .filter((q) => q.value !== t975(q.df))
      .map((q) => `${q.where}: t(0.975, ${q.df}) = ${q.value}, run-summary has ${t975(q.df)}`);
    expect(differing).toEqual([]);
  });
});
