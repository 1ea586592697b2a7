import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodType, ZodTypeDef, ZodIssue } from 'zod';
import { authoringMessages } from '../content/authoring-messages';

/** A problem in frontmatter, with the 1-based line of the offending field when known. */
export interface FrontmatterProblem {
  line: number | undefined;
  reason: string;
}

/** The raw frontmatter of a markdown file and where the body starts. */
export interface SplitMarkdown {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  yaml: string | undefined;
  /** The file with its frontmatter replaced by blank lines, so body lines keep their numbers. */
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitMarkdown {
  const match = FENCE.exec(source);
  if (!match) return { yaml: undefined, body: source };
  const blank = match[0].replace(/[^\n]/g, '');
  return { yaml: match[1] ?? '', body: blank + source.slice(match[0].length) };
}

function describeIssue(issue: ZodIssue): string {
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return authoringMessages.missingField(field);
  if (issue.code === 'invalid_type') {
    return authoringMessages.frontmatterField(field, `expected ${issue.expected}, received ${issue.received}`);
  }
  if (issue.code === 'invalid_enum_value') {
    const options = issue.options.map((o) => `"${String(o)}"`).join(', ');
    return authoringMessages.frontmatterField(field, `expected one of ${options}, received "${String(issue.received)}"`);
  }
  return authoringMessages.frontmatterField(field, issue.message.charAt(0).toLowerCase() + issue.message.slice(1));
}

/**
 * Parses and validates frontmatter against `schema`. Every problem carries the line of the field
 * it is about (the frontmatter's first line for a missing field), counted in the whole file.
 */
export function validateFrontmatter<T>(
  source: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  /** How to word a field the schema does not know (default: `authoringMessages.unknownField`). */
  unknownField: (field: string) => string = authoringMessages.unknownField,
): {
  data: T | undefined;
  /** The frontmatter as YAML read it; undefined when there is none or it is not valid YAML. */
  raw: Record<string, unknown> | undefined;
  problems: FrontmatterProblem[];
  lineOf: (path: (string | number)[]) => number | undefined;
} {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) {
    return {
      data: undefined,
      raw: undefined,
      problems: [{ line: 1, reason: authoringMessages.missingFrontmatter() }],
      lineOf: () => undefined,
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  // Frontmatter starts on line 2 of the file (line 1 is `---`).
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return {
      data: undefined,
      raw: undefined,
      problems: [
        { line: fileLine(first.pos[0]), reason: authoringMessages.unreadableFrontmatter(first.message.split('\n')[0] ?? first.code) },
      ],
      lineOf: () => undefined,
    };
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return fileLine(node.range[0]);
    }
    return 2;
  };
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, raw, problems: [], lineOf };
  const problems = result.error.issues.flatMap((issue): FrontmatterProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ line: lineOf([...issue.path, key]), reason: unknownField(key) }));
    }
    const line = issue.code === 'invalid_type' && issue.received === 'undefined' ? 2 : lineOf(issue.path);
    return [{ line, reason: describeIssue(issue) }];
  });
  return { data: undefined, raw, problems, lineOf };
}
