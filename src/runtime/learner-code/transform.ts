/**
 * Turns a cell's source into code that runs in the kernel's shared, notebook-style scope.
 *
 * Top-level `const`/`let`/`var`/`class` declarations become assignments to properties of the
 * worker's global object, and top-level functions are copied there, so a later cell sees them and
 * running a cell twice never fails with "already declared". The body is wrapped in an async
 * function so top-level `await` works. Nothing is inserted before the cell's first line or between
 * its lines, so line numbers in errors are the cell's own (columns on line 1 shift by the prelude).
 */
import { parse, type Node, type Pattern, type Program, type VariableDeclaration } from 'acorn';

/** The cell did not parse: the message and where, in the cell's own 1-based line and column. */
export class CellSyntaxError extends Error {
  override readonly name = 'SyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** The runnable form of a cell. */
export interface TransformedCell {
  /** A script whose completion value is an async function taking the kernel's scope helper. */
  script: string;
  /** Characters the prelude adds before the cell's first line. */
  firstLineOffset: number;
  /** Top-level names the cell declares. */
  declared: string[];
}

/** The name under which the wrapper receives the kernel's scope helper. */
export const SCOPE_PARAMETER = '__runfirst';

/** The file name stack traces show for a cell, so errors map back to it. */
export const cellSourceUrl = (cellId: string) => `runfirst-cell-${cellId}.js`;

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

function declarationEdits(node: VariableDeclaration, declared: string[]): Edit[] {
  const edits: Edit[] = [{ at: node.start, remove: node.kind.length, insert: 'void (' }];
  for (const declarator of node.declarations) {
    namesInPattern(declarator.id, declared);
    if (!declarator.init) edits.push({ at: declarator.id.end, remove: 0, insert: ' = undefined' });
  }
  // Close before the declaration's own `;` when it has one, else add one.
  const end = node.declarations[node.declarations.length - 1]?.end ?? node.end;
  edits.push({ at: end, remove: 0, insert: end < node.end ? ')' : ');' });
  return edits;
}

function parseCell(source: string): Program {
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
    throw new CellSyntaxError(message, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}

/**
 * Rewrites a cell for the shared scope. Throws `CellSyntaxError` when the code does not parse.
 */
export function transformCell(source: string, cellId: string): TransformedCell {
  const program = parseCell(source);
  const declared: string[] = [];
  const functions: string[] = [];
  const edits: Edit[] = [];
  for (const statement of program.body as Node[]) {
    if (statement.type === 'VariableDeclaration') {
      edits.push(...declarationEdits(statement as VariableDeclaration, declared));
    } else if (statement.type === 'FunctionDeclaration') {
      const name = (statement as Node & { id: { name: string } }).id.name;
      declared.push(name);
      functions.push(name);
    } else if (statement.type === 'ClassDeclaration') {
      const name = (statement as Node & { id: { name: string } }).id.name;
      declared.push(name);
      edits.push({ at: statement.start, remove: 0, insert: `${name} = ` }, { at: statement.end, remove: 0, insert: ';' });
    }
  }
  let body = source;
  // Apply from the end so earlier offsets stay valid; at one offset, the later edit goes first.
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.at - a.edit.at || b.index - a.index);
  for (const { edit } of ordered) {
    body = body.slice(0, edit.at) + edit.insert + body.slice(edit.at + edit.remove);
  }
  const unique = [...new Set(declared)];
  const prelude =
    `(async function (${SCOPE_PARAMETER}) { ${SCOPE_PARAMETER}.declare(${JSON.stringify(unique)}); ` +
    functions.map((name) => `${SCOPE_PARAMETER}.scope[${JSON.stringify(name)}] = ${name}; `).join('');
  const script = `${prelude}${body}\n})\n//# sourceURL=${cellSourceUrl(cellId)}\n`;
  return { script, firstLineOffset: prelude.length, declared: unique };
}
