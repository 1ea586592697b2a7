/**
 * The architecture, held by a test: the areas of src/ import each other without cycles, and a
 * file on one side of a worker boundary never imports code (only types) from the other side, so
 * a file's path tells which thread it runs in.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const src = join(root, 'src');

/** Every source file of src/, relative to the project root. */
function sourceFiles(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|astro)$/.test(name) && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

interface Import {
  from: string;
  to: string;
  /** A type-only import, or a `?url` import (the file's URL, e.g. a worker to start): no code. */
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.[^'"?]+)(\?[^'"]*)?['"]|import\(\s*['"](\.[^'"?]+)(\?[^'"]*)?['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.js', '/index.ts'];

/** The relative imports of every file, resolved to project-relative paths. */
function imports(files: string[]): Import[] {
  return files.flatMap((from) =>
    [...readFileSync(join(root, from), 'utf8').matchAll(IMPORT)].flatMap((match) => {
      const specifier = match[3] ?? match[5];
      const query = match[4] ?? match[6] ?? '';
      if (!specifier) return [];
      const base = resolve(root, dirname(from), specifier);
      const target = EXTENSIONS.map((extension) => base + extension).find((path) => existsSync(path) && statSync(path).isFile());
      if (!target) throw new Error(`${from} imports ${specifier}, which does not exist`);
      return [{ from, to: relative(root, target), typeOnly: Boolean(match[2]) || /[?&]url\b/.test(query) }];
    }),
  );
}

const all = imports(sourceFiles());

/** src/<area>/… → area; a file directly in src/ is its own area. */
const areaOf = (path: string) => path.split('/')[1] ?? path;

/** The side of a worker boundary a file runs on; undefined for code both sides share. */
function sideOf(path: string): 'page' | 'worker' | undefined {
  if (/^src\/(runtime\/page|grader\/ui|components|layouts|pages|ui|progress|share)\//.test(path)) return 'page';
  if (/^src\/(runtime\/(kernel|learner-code|tools|data|models)|grader\/(api|realm|worker))\//.test(path)) return 'worker';
  return undefined;
}

/** One cycle in a directed graph, as a list of nodes, or undefined. */
function findCycle(edges: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

describe('the import graph of src/', () => {
  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all).toContainEqual({ from: 'src/runtime/page/run-session.ts', to: 'src/runtime/page/output/output-view.ts', typeOnly: false });
  });

  it('has no cycle between areas (content, markdown, authoring, runtime, grader, progress, …)', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of all) {
      if (areaOf(from) === areaOf(to)) continue;
      if (!edges.has(areaOf(from))) edges.set(areaOf(from), new Set());
      edges.get(areaOf(from))?.add(areaOf(to));
    }
    const cycle = findCycle(edges);
    const witnesses = (cycle ?? []).slice(1).map((to, i) => all.find((edge) => areaOf(edge.from) === cycle?.[i] && areaOf(edge.to) === to));
    expect(cycle && `${cycle.join(' → ')}, through ${witnesses.map((edge) => `${edge?.from} → ${edge?.to}`).join(', ')}`).toBeUndefined();
  });

  it('keeps expect in one module that lesson cells and the grader both import (src/runtime/testing/)', () => {
    const testing = (path: string) => path.startsWith('src/runtime/testing/');
    expect(all.some(({ from, to }) => from.startsWith('src/grader/') && to === 'src/runtime/testing/expect.ts')).toBe(true);
    expect(all.some(({ from, to }) => from === 'src/runtime/tools/learner-tools.ts' && to === 'src/runtime/testing/test-api.ts')).toBe(
      true,
    );
    // Shared by the kernel, the learner realm, the grading worker and the page's verdict list: it
    // leans on no thread's own code.
    const leaning = all.filter(({ from, to }) => testing(from) && !testing(to) && /^src\/(grader|runtime\/(page|kernel))\//.test(to));
    expect(leaning).toEqual([]);
    expect(sourceFiles().filter((path) => /^src\/grader\/.*\/(expect|numeric-value)\.ts$/.test(path))).toEqual([]);
  });

  it('never imports code across the page/worker boundary (types only)', () => {
    const crossing = all
      .filter(({ from, to, typeOnly }) => !typeOnly && sideOf(from) && sideOf(to) && sideOf(from) !== sideOf(to))
      .map(({ from, to }) => `${from} (${sideOf(from)}) imports ${to} (${sideOf(to)})`);
    expect(crossing).toEqual([]);
  });
});
