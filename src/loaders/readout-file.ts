import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';

/** A path into the frontmatter, as a schema issue gives it: `['participants', 0, 'person']`. */
export type FieldPath = readonly PropertyKey[];

/** A readout file split into its frontmatter data and its Markdown body. */
export interface ReadoutFile {
  data: Record<string, unknown>;
  /** The line of the file where a field stands, or of its nearest parent that does; undefined
   * when not even its first key is in the frontmatter. */
  lineOf: (path: FieldPath) => number | undefined;
  /** Whether the frontmatter holds the field. */
  has: (path: FieldPath) => boolean;
  /** The body, preceded by one empty line for each frontmatter line, so that line numbers
   * in Markdown errors are line numbers of the file. */
  body: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;
// The frontmatter's first line is the file's second: line 1 is the opening `---`.
const firstLine = 2;

/**
 * Splits a readout file, reading the frontmatter with the `yaml` parser, which also gives every
 * field's position. YAML 1.2's core schema keeps dates as the strings the editor wrote, so that
 * an impossible date such as 2016-02-30 is refused instead of rolled over to March.
 */
export function splitReadoutFile(text: string, file: string): ReadoutFile {
  const match = frontmatterPattern.exec(text);
  if (match?.index !== 0) {
    throw new ContentError(
      file,
      1,
      'A readout starts with its frontmatter between two `---` lines.',
    );
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1] ?? '', {
    lineCounter,
    schema: 'core',
    prettyErrors: false,
  });
  const line = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [syntaxError] = document.errors;
  if (syntaxError) {
    throw new ContentError(
      file,
      line(syntaxError.pos[0]),
      `YAML syntax error in the frontmatter: ${syntaxError.message}`,
    );
  }
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(
      file,
      firstLine,
      'The frontmatter must be a set of `field: value` lines.',
    );
  }
  // Walks the path as far as the document has it: the offset of the last key found, and whether all were.
  const locate = (path: FieldPath): { offset?: number; found: boolean } => {
    let node: unknown = document.contents;
    let offset: number | undefined;
    for (const key of path) {
      const item = isMap(node)
        ? node.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
        : isSeq(node) && typeof key === 'number'
          ? { key: node.items[key], value: node.items[key] }
          : undefined;
      const start = (item?.key as { range?: [number] } | undefined)?.range?.[0];
      if (!item || start === undefined)
        return { ...(offset === undefined ? {} : { offset }), found: false };
      offset = start;
      node = item.value;
    }
    return { ...(offset === undefined ? {} : { offset }), found: true };
  };
  return {
    data: data as Record<string, unknown>,
    lineOf: (path) => {
      const { offset } = locate(path);
      return offset === undefined ? undefined : line(offset);
    },
    has: (path) => locate(path).found,
    body: '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length),
  };
}
