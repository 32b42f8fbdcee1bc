import { LineCounter, parseDocument } from 'yaml';

/**
 * The line of the file where a frontmatter field (or an item of it: `['counterparts', 1]`)
 * stands, from the YAML parser's own positions. The frontmatter starts on the file's line 2.
 */
export function frontmatterLine(
  frontmatter: string,
  path: readonly (string | number)[],
): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter, { lineCounter });
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
}
