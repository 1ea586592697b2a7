/**
 * The editor's learner-API declarations (src/editor/learner-globals.ts, a hand-written .d.ts for
 * Monaco completion) are type-checked against the real API types with the TypeScript compiler:
 * every real member must be declared, the real object must satisfy each declaration (so what
 * completion promises exists and returns what it says), and each declared function's arguments
 * must be accepted by the real one. A drift on either side fails here.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LEARNER_GLOBALS_DTS } from '../../src/editor/learner-globals';

const root = join(import.meta.dirname, '..', '..');
const src = (path: string) => JSON.stringify(join(root, 'src', path));

/** The check: each `expect*` type resolves to `true`, or the compiler names the offending member. */
const CHECK = `
import type { Show } from ${src('runtime/kernel/display/learner-display.ts')};
import type { LearnerTools } from ${src('runtime/tools/learner-tools.ts')};
import type { Tf } from ${src('runtime/tools/tf-type.ts')};

type Fn = (...args: never[]) => unknown;
/** Names of the functions whose declared arguments the real function does not accept. */
type Rejected<Real, Declared> = {
  [K in keyof Real & keyof Declared]: Real[K] extends Fn
    ? Declared[K] extends Fn
      ? Parameters<Declared[K]> extends Parameters<Real[K]>
        ? never
        : K
      : K
    : never;
}[keyof Real & keyof Declared];
type Exact<T extends never> = T;

declare const real: { show: Show; tools: LearnerTools; tf: Tf };
type DeclaredTools = { data: typeof data; models: typeof models; seed: typeof seed; time: typeof time; compare: typeof compare; sleep: typeof sleep; load: typeof load; service: typeof service; log: typeof log; test: typeof test; expect: typeof expect };

// Every real member is declared (completion does not hide any).
export type UndeclaredShow = Exact<Exclude<keyof Show, keyof typeof show>>;
export type UndeclaredLineChart = Exact<Exclude<keyof ReturnType<Show['line']>, keyof ReturnType<typeof show.line>>>;
export type UndeclaredProgressBar = Exact<Exclude<keyof ReturnType<Show['progress']>, keyof ReturnType<typeof show.progress>>>;
export type UndeclaredTools = Exact<Exclude<keyof LearnerTools, keyof DeclaredTools>>;
export type UndeclaredData = Exact<Exclude<keyof LearnerTools['data'], keyof typeof data>>;
export type UndeclaredModels = Exact<Exclude<keyof LearnerTools['models'], keyof typeof models>>;
type Result<F extends Fn> = Awaited<ReturnType<F>>;
export type UndeclaredDataSet = Exact<Exclude<keyof Result<LearnerTools['data']['load']>, keyof Result<typeof data.load>>>;
export type UndeclaredTiming = Exact<Exclude<keyof Result<LearnerTools['time']>, keyof Result<typeof time>>>;
export type UndeclaredComparison = Exact<Exclude<keyof Result<LearnerTools['compare']>, keyof Result<typeof compare>>>;

// The real objects satisfy the declarations (no declared member is missing or returns something else).
export const declaredTf: typeof tf = real.tf;
export const declaredShow: typeof show = real.show;
export const declaredTools: DeclaredTools = real.tools;

// What the declarations let a learner pass, the real functions accept.
export type ShowArguments = Exact<Rejected<Show, typeof show>>;
export type ToolArguments = Exact<Rejected<LearnerTools, DeclaredTools>>;
export type DataArguments = Exact<Rejected<LearnerTools['data'], typeof data>>;
export type ModelsArguments = Exact<Rejected<LearnerTools['models'], typeof models>>;
`;

/** Type-checks `dts` against the real API; returns the compiler's messages (empty when they agree). */
function checkDeclarations(dts: string): string[] {
  const dtsPath = join(root, 'test', 'editor', '__learner-globals.d.ts');
  const checkPath = join(root, 'test', 'editor', '__learner-globals-check.ts');
  const files = new Map([
    [dtsPath, dts],
    [checkPath, CHECK],
  ]);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const options = { ...config.options, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const text = files.get(fileName);
    return text === undefined ? getSourceFile(fileName, language, onError) : ts.createSourceFile(fileName, text, language);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => files.get(fileName) ?? readFile(fileName);
  const program = ts.createProgram({ rootNames: [dtsPath, checkPath], options, host });
  return [dtsPath, checkPath].flatMap((path) => {
    const file = program.getSourceFile(path);
    if (!file) return [`${path} was not compiled`];
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => {
      const at =
        d.start === undefined
          ? ''
          : `${path.endsWith('.d.ts') ? 'd.ts' : 'check'} line ${file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
      return `${at}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  });
}

describe('the editor’s learner-API declarations', () => {
  it('agree with the real tool, show, data and models types', () => {
    expect(checkDeclarations(LEARNER_GLOBALS_DTS)).toEqual([]);
  }, 60_000);

  it('fail on a renamed member, a missing member and an argument the real API rejects', () => {
    const renamed = checkDeclarations(LEARNER_GLOBALS_DTS.replace('heatmap(matrix', 'heatMap(matrix'));
    expect(renamed.join('\n')).toMatch(/heatmap/);
    const missing = checkDeclarations(LEARNER_GLOBALS_DTS.replace(/^\s*function sleep\(ms: number\): Promise<void>;$/m, ''));
    expect(missing.join('\n')).toMatch(/sleep/);
    const wrongArgument = checkDeclarations(
      LEARNER_GLOBALS_DTS.replace(/load\(name: 'digits-base' \| `indexeddb:\/\/\$\{string\}`\)/, 'load(name: string)'),
    );
    expect(wrongArgument.join('\n')).toMatch(/"load"/);
  }, 120_000);
});
