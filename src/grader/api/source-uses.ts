/**
 * What a learner's code uses, read from its syntax tree (acorn, the parser that runs the code):
 * which `tf.*` names it reaches, under whatever name it gave them, and which loops a function
 * runs. Runs in the grading worker (and in node), on the submission's text; never evaluates it.
 *
 * Resolution is by name, not by scope: `const sm = tf.softmax`, `const { softmax } = tf`,
 * `const { losses: L } = tf`, `tf['softmax']`, `globalThis.tf.softmax` and the tensor-method form
 * `x.softmax()` are all seen as tf.softmax. A computed name (`tf[name]`) cannot be resolved and
 * is reported as such. It is a teaching aid that catches what a learner plausibly writes, not a
 * sandbox: `eval` of a string hides anything.
 */
import type { Node, Pattern, Program } from 'acorn';
import { gradeLabels } from '../messages';

/** One place the code uses a name. */
export interface Use {
  /** The dotted name used, e.g. `tf.losses.softmaxCrossEntropy`, or `.fit` for a method. */
  name: string;
  /** How it was written: directly, under a name of its own, as a tensor method, or with a computed name. */
  form: 'direct' | 'alias' | 'method' | 'computed';
  /** The learner's own name for it (form `alias`). */
  alias?: string;
  /** 1-based. */
  line: number;
}

/** One loop in the code. */
export interface Loop {
  /** "a for loop", "a while loop", ".forEach(…)", … */
  kind: string;
  line: number;
  /** The top-level function it sits in. */
  inFunction: string;
}

type AnyNode = Node & Record<string, unknown>;

/** Objects whose property `tf` is the global tf. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window']);
/** Array methods that run a function once per element. */
const PER_ELEMENT_METHODS = new Set(['forEach', 'map', 'reduce', 'reduceRight', 'filter', 'flatMap', 'some', 'every', 'find', 'findIndex']);
/** A loop statement's name in the learner's language ("a for loop"), by its syntax node's type. */
const loopStatement = (type: string): string | undefined =>
  Object.hasOwn(gradeLabels.loopStatements, type) ? gradeLabels.loopStatements[type as keyof typeof gradeLabels.loopStatements] : undefined;

const isNode = (value: unknown): value is AnyNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** The child nodes of `node`, in source order. */
function children(node: AnyNode): AnyNode[] {
  const found: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) found.push(item);
    if (isNode(value)) found.push(value);
  }
  return found.sort((a, b) => a.start - b.start);
}

const lineOf = (node: Node) => node.loc?.start.line ?? 1;

/** A member's property name when it is written out (`a.b`, `a['b']`, a plain template); else undefined. */
function propertyName(member: AnyNode): string | undefined {
  const property = member.property as AnyNode;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  if (property.type === 'TemplateLiteral' && (property.expressions as unknown[]).length === 0)
    return ((property.quasis as AnyNode[])[0]?.value as { cooked: string }).cooked;
  return undefined;
}

/** A property key of an object pattern, when written out. */
function keyName(property: AnyNode): string | undefined {
  const key = property.key as AnyNode;
  if (!property.computed && key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/** Learner names bound to a dotted tf name (`sm` → `tf.softmax`), gathered from every declaration and assignment. */
function aliasesIn(program: Program): Map<string, string> {
  const aliases = new Map<string, string>();
  const bindings: { pattern: AnyNode; source: AnyNode }[] = [];
  const collect = (node: AnyNode) => {
    if (node.type === 'VariableDeclarator' && node.init) bindings.push({ pattern: node.id as AnyNode, source: node.init as AnyNode });
    if (node.type === 'AssignmentExpression' && node.operator === '=')
      bindings.push({ pattern: node.left as AnyNode, source: node.right as AnyNode });
    children(node).forEach(collect);
  };
  collect(program as unknown as AnyNode);
  const bind = (pattern: AnyNode, path: string) => {
    if (pattern.type === 'Identifier' && !aliases.has(pattern.name as string)) aliases.set(pattern.name as string, path);
    if (pattern.type === 'AssignmentPattern') bind(pattern.left as AnyNode, path);
    if (pattern.type === 'ObjectPattern')
      for (const property of pattern.properties as AnyNode[]) {
        const key = property.type === 'Property' ? keyName(property) : undefined;
        if (key !== undefined) bind(property.value as AnyNode, `${path}.${key}`);
      }
  };
  // Aliases of aliases (`const t = tf; const sm = t.softmax`) resolve after a few rounds.
  for (let round = 0, size = -1; size !== aliases.size && round < 10; round++) {
    size = aliases.size;
    for (const { pattern, source } of bindings) {
      const path = resolve(source, aliases);
      if (path !== undefined && path !== '') bind(pattern, path);
    }
  }
  return aliases;
}

/** The dotted name an expression stands for (`tf.losses.softmaxCrossEntropy`), or undefined. `''` is the global object. */
function resolve(node: AnyNode, aliases: ReadonlyMap<string, string>): string | undefined {
  if (node.type === 'Identifier') {
    const name = node.name as string;
    if (name === 'tf') return 'tf';
    if (GLOBAL_OBJECTS.has(name)) return '';
    return aliases.get(name);
  }
  if (node.type === 'MemberExpression') {
    const object = resolve(node.object as AnyNode, aliases);
    const property = propertyName(node);
    if (object === undefined || property === undefined) return undefined;
    return object === '' ? property : `${object}.${property}`;
  }
  if (node.type === 'ChainExpression') return resolve(node.expression as AnyNode, aliases);
  return undefined;
}

/** Parsed code, ready to be asked what it uses. */
export interface SourceUses {
  /**
   * Every use of a forbidden name, in source order. A name `tf.a.b` forbids it and everything under
   * it (`tf.losses` forbids `tf.losses.meanSquaredError`); a name `.m` forbids any method `m`
   * (`.fit`); `tf.op` also forbids the tensor method `x.op()` when tensors have one.
   */
  usesOf(forbidden: readonly string[]): Use[];
  /** The loops of top-level function `name` and of the top-level functions it calls; undefined if there is no such function. */
  loopsIn(name: string): Loop[] | undefined;
}

/** Reads `program`; `isTensorMethod` says whether tensors have a method of that name (tf.Tensor.prototype). */
export function sourceUses(program: Program, isTensorMethod: (name: string) => boolean): SourceUses {
  const aliases = aliasesIn(program);
  const root = program as unknown as AnyNode;

  const usesOf = (forbidden: readonly string[]): Use[] => {
    const paths = forbidden.filter((name) => !name.startsWith('.'));
    const methods = new Set(forbidden.filter((name) => name.startsWith('.')).map((name) => name.slice(1)));
    const chained = new Set(paths.map((path) => /^tf\.(\w+)$/.exec(path)?.[1]).filter((op): op is string => !!op && isTensorMethod(op)));
    const matches = (path: string) => paths.some((name) => path === name || path.startsWith(`${name}.`));
    const leadsTo = (path: string) => paths.some((name) => name.startsWith(`${path}.`));
    const uses: Use[] = [];
    const visitPattern = (pattern: AnyNode, source: string | undefined) => {
      if (pattern.type === 'AssignmentPattern') {
        visitPattern(pattern.left as AnyNode, source);
        visit(pattern.right as AnyNode);
      } else if (pattern.type === 'ObjectPattern') {
        for (const property of pattern.properties as AnyNode[]) {
          const key = property.type === 'Property' ? keyName(property) : undefined;
          const path = source !== undefined && key !== undefined ? `${source}.${key}` : undefined;
          if (path !== undefined && matches(path)) uses.push({ name: path, form: 'direct', line: lineOf(property) });
          else if (property.type === 'Property') {
            if (property.computed) visit(property.key as AnyNode);
            visitPattern(property.value as AnyNode, path);
          } else visitPattern(property.argument as AnyNode, undefined);
        }
      } else if (pattern.type === 'ArrayPattern') {
        for (const element of pattern.elements as (AnyNode | null)[]) if (element) visitPattern(element, undefined);
      } else if (pattern.type === 'RestElement') visitPattern(pattern.argument as AnyNode, undefined);
      else if (pattern.type === 'MemberExpression') visit(pattern);
    };
    const visit = (node: AnyNode): void => {
      switch (node.type) {
        case 'Identifier': {
          const path = aliases.get(node.name as string);
          if (path !== undefined && matches(path)) uses.push({ name: path, form: 'alias', alias: node.name as string, line: lineOf(node) });
          return;
        }
        case 'MemberExpression': {
          const path = resolve(node, aliases);
          if (path !== undefined && matches(path)) {
            uses.push({ name: path, form: 'direct', line: lineOf(node) });
            return;
          }
          const object = resolve(node.object as AnyNode, aliases);
          const property = propertyName(node);
          if (property === undefined && object !== undefined && (object === '' ? paths.length > 0 : leadsTo(object)))
            uses.push({ name: object === '' ? 'globalThis' : object, form: 'computed', line: lineOf(node) });
          else if (property !== undefined && methods.has(property)) uses.push({ name: `.${property}`, form: 'direct', line: lineOf(node) });
          else if (property !== undefined && object === undefined && chained.has(property))
            uses.push({ name: `tf.${property}`, form: 'method', line: lineOf(node) });
          visit(node.object as AnyNode);
          if (node.computed) visit(node.property as AnyNode);
          return;
        }
        case 'Property':
          if (node.computed) visit(node.key as AnyNode);
          if (node.value) visit(node.value as AnyNode);
          return;
        case 'VariableDeclarator':
          visitPattern(node.id as AnyNode, node.init ? resolve(node.init as AnyNode, aliases) : undefined);
          if (node.init) visit(node.init as AnyNode);
          return;
        case 'AssignmentExpression':
          visitPattern(node.left as AnyNode, resolve(node.right as AnyNode, aliases));
          visit(node.right as AnyNode);
          return;
        case 'FunctionDeclaration':
        case 'FunctionExpression':
        case 'ArrowFunctionExpression':
          for (const param of node.params as AnyNode[]) visitPattern(param, undefined);
          visit(node.body as AnyNode);
          return;
        default:
          children(node).forEach(visit);
      }
    };
    visit(root);
    return uses.sort((a, b) => a.line - b.line);
  };

  const topFunctions = new Map<string, AnyNode>();
  for (const statement of program.body as unknown as AnyNode[]) {
    if (statement.type === 'FunctionDeclaration') topFunctions.set((statement.id as AnyNode).name as string, statement);
    if (statement.type === 'VariableDeclaration')
      for (const declarator of statement.declarations as AnyNode[]) {
        const init = declarator.init as AnyNode | null;
        const id = declarator.id as Pattern;
        if (id.type === 'Identifier' && init && (init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression'))
          topFunctions.set(id.name, init);
      }
  }

  const loopsIn = (name: string): Loop[] | undefined => {
    if (!topFunctions.has(name)) return undefined;
    const loops: Loop[] = [];
    const seen = new Set<string>();
    const pending = [name];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      if (seen.has(current)) continue;
      seen.add(current);
      const inFunction = current;
      const walk = (node: AnyNode): void => {
        const statement = loopStatement(node.type);
        if (statement !== undefined) loops.push({ kind: statement, line: lineOf(node), inFunction });
        if (node.type === 'CallExpression') {
          const callee = node.callee as AnyNode;
          if (callee.type === 'Identifier' && topFunctions.has(callee.name as string)) pending.push(callee.name as string);
          if (callee.type === 'MemberExpression') {
            const method = propertyName(callee);
            if (method !== undefined && PER_ELEMENT_METHODS.has(method))
              loops.push({ kind: `.${method}(…)`, line: lineOf(node), inFunction });
            if (
              method === 'from' &&
              resolve(callee.object as AnyNode, aliases) === undefined &&
              (callee.object as AnyNode).name === 'Array'
            )
              if ((node.arguments as unknown[]).length > 1) loops.push({ kind: 'Array.from(…, fn)', line: lineOf(node), inFunction });
          }
        }
        children(node).forEach(walk);
      };
      walk(topFunctions.get(current) as AnyNode);
    }
    return loops.sort((a, b) => (a.inFunction === name ? 0 : 1) - (b.inFunction === name ? 0 : 1) || a.line - b.line);
  };

  return { usesOf, loopsIn };
}
