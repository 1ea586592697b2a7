/**
 * Turns learner code (a lesson cell or an exercise submission) into runnable code, in one of two
 * scopes, with one parser and one line mapping for both:
 *
 * - `shared-scope` (lesson cells): top-level `const`/`let`/`var`/`class` declarations become
 *   assignments to properties of the worker's global object, and top-level functions are copied
 *   there, so a later cell sees them and running a cell twice never fails with "already declared".
 * - `own-scope` (exercises): the code runs in its own function scope with the learner globals as
 *   bindings of an outer function (so `const data = …` may shadow them), and every top-level name
 *   stays reachable afterwards through a getter, for the grader to call.
 *
 * Either way the body runs in an async function, so top-level `await` works, and nothing is
 * inserted before the code's first line or between its lines: line numbers in errors are the
 * learner's own (columns on line 1 shift by the prelude, see `firstLineOffset`).
 */
import { parse, type Node, type Pattern, type Program, type VariableDeclaration } from 'acorn';

/** The code did not parse: the message and where, in the learner's own 1-based line and column. */
export class LearnerSyntaxError extends Error {
  override readonly name = 'SyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** How the code's top-level names are kept. */
export type LearnerCodeMode = 'shared-scope' | 'own-scope';

/** What one transform needs. */
export interface TransformOptions {
  mode: LearnerCodeMode;
  /** Names the code's stack frames by (see `learnerSourceUrl`): the cell's id, or `exercise`. */
  sourceId: string;
  /** `own-scope` only: the names of the learner globals, in the order they are passed. */
  globals?: readonly string[];
}

/** The runnable form of learner code. */
export interface TransformedCode {
  /**
   * A script whose completion value is a function. `shared-scope`: an async function taking the
   * kernel's scope helper. `own-scope`: a function taking the exposure helper and then the
   * globals' values, returning the async function that runs the code.
   */
  script: string;
  /** The id its stack frames carry. */
  sourceId: string;
  /** Characters the prelude adds before the code's first line. */
  firstLineOffset: number;
  /** Top-level names the code declares. */
  declared: string[];
}

/** The name under which the wrapper receives its helper (scope helper, or exposure helper). */
export const SCOPE_PARAMETER = '__runfirst';

/** The file name stack traces show for learner code, so errors map back to it. */
export const learnerSourceUrl = (sourceId: string) => `runfirst-cell-${sourceId}.js`;

function namesInPattern(pattern: Pattern, into: string[]): void {
  switch (pattern.type) {
    case 'Identifier':
      into.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        namesInPattern(property.type === 'RestElement' ? property.argument : property.value, into);
      }
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) namesInPattern(element, into);
      break;
    case 'RestElement':
      namesInPattern(pattern.argument, into);
      break;
    case 'AssignmentPattern':
      namesInPattern(pattern.left, into);
      break;
    default:
      break;
  }
}

interface Edit {
  at: number;
  /** Characters of the source replaced from `at`. */
  remove: number;
  insert: string;
}

function declarationEdits(node: VariableDeclaration): Edit[] {
  const edits: Edit[] = [{ at: node.start, remove: node.kind.length, insert: 'void (' }];
  for (const declarator of node.declarations) {
    if (!declarator.init) edits.push({ at: declarator.id.end, remove: 0, insert: ' = undefined' });
  }
  // Close before the declaration's own `;` when it has one, else add one.
  const end = node.declarations[node.declarations.length - 1]?.end ?? node.end;
  edits.push({ at: end, remove: 0, insert: end < node.end ? ')' : ');' });
  return edits;
}

/** Parses learner code as the runner does (script, top-level await and return, locations); throws `LearnerSyntaxError`. */
export function parseLearnerCode(source: string): Program {
  try {
    return parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      locations: true,
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    throw new LearnerSyntaxError(message, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}

interface TopLevel {
  declared: string[];
  functions: string[];
  /** `shared-scope` rewrites of declarations into assignments. */
  edits: Edit[];
}

function topLevel(program: Program): TopLevel {
  const found: TopLevel = { declared: [], functions: [], edits: [] };
  for (const statement of program.body as Node[]) {
    if (statement.type === 'VariableDeclaration') {
      const declaration = statement as VariableDeclaration;
      for (const declarator of declaration.declarations) namesInPattern(declarator.id, found.declared);
      found.edits.push(...declarationEdits(declaration));
    } else if (statement.type === 'FunctionDeclaration') {
      const name = (statement as Node & { id: { name: string } }).id.name;
      found.declared.push(name);
      found.functions.push(name);
    } else if (statement.type === 'ClassDeclaration') {
      const name = (statement as Node & { id: { name: string } }).id.name;
      found.declared.push(name);
      found.edits.push({ at: statement.start, remove: 0, insert: `${name} = ` }, { at: statement.end, remove: 0, insert: ';' });
    }
  }
  return found;
}

function applyEdits(source: string, edits: readonly Edit[]): string {
  let body = source;
  // Apply from the end so earlier offsets stay valid; at one offset, the later edit goes first.
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.at - a.edit.at || b.index - a.index);
  for (const { edit } of ordered) {
    body = body.slice(0, edit.at) + edit.insert + body.slice(edit.at + edit.remove);
  }
  return body;
}

/**
 * Rewrites learner code for `options.mode`. Throws `LearnerSyntaxError` when it does not parse.
 */
export function transformLearnerCode(source: string, options: TransformOptions): TransformedCode {
  const program = parseLearnerCode(source);
  const { declared, functions, edits } = topLevel(program);
  const unique = [...new Set(declared)];
  const key = JSON.stringify;
  let prelude: string;
  let body: string;
  let epilogue: string;
  if (options.mode === 'shared-scope') {
    prelude =
      `(async function (${SCOPE_PARAMETER}) { ${SCOPE_PARAMETER}.declare(${key(unique)}); ` +
      functions.map((name) => `${SCOPE_PARAMETER}.scope[${key(name)}] = ${name}; `).join('');
    body = applyEdits(source, edits);
    epilogue = '\n})';
  } else {
    const globals = options.globals ?? [];
    const getters = unique.map((name) => `${key(name)}: () => ${name}`).join(', ');
    prelude = `(function (${[SCOPE_PARAMETER, ...globals].join(', ')}) { return async function () { ${SCOPE_PARAMETER}.expose({ ${getters} }); `;
    body = source;
    epilogue = '\n}; })';
  }
  const script = `${prelude}${body}${epilogue}\n//# sourceURL=${learnerSourceUrl(options.sourceId)}\n`;
  return { script, sourceId: options.sourceId, firstLineOffset: prelude.length, declared: unique };
}

/** What `own-scope` code receives as its helper: where to hand over its top-level names. */
export interface ExposeHelper {
  expose(getters: Record<string, () => unknown>): void;
}

/** The function a `shared-scope` script evaluates to. */
export type SharedScopeFunction = (helper: { scope: Record<string, unknown>; declare(names: readonly string[]): void }) => Promise<void>;

/** The function an `own-scope` script evaluates to. */
export type OwnScopeFunction = (helper: ExposeHelper, ...globals: unknown[]) => () => Promise<void>;

/** Evaluates a transformed script in the global scope (indirect eval) and returns its function. */
export function evaluateTransformed<T extends SharedScopeFunction | OwnScopeFunction>(code: TransformedCode): T {
  const globalEval: (script: string) => unknown = globalThis.eval;
  return globalEval(code.script) as T;
}
