import yaml from 'js-yaml';
import { ContentError } from './content-error.ts';

/** A readout file split into its frontmatter data and its Markdown body. */
export interface ReadoutFile {
  data: Record<string, unknown>;
  /** The frontmatter's text, between the `---` lines. */
  frontmatter: string;
  /** The body, preceded by one empty line for each frontmatter line, so that line numbers
   * in Markdown errors are line numbers of the file. */
  body: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/**
 * Splits a readout file. YAML's core schema keeps dates as the strings the editor wrote, so
 * that an impossible date such as 2016-02-30 is refused instead of rolled over to March.
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
  const source = match[1] ?? '';
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark as { line?: number } | undefined;
    throw new ContentError(
      file,
      (mark?.line ?? 0) + 2,
      `YAML syntax error in the frontmatter: ${(error as yaml.YAMLException).reason}.`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(file, 2, 'The frontmatter must be a set of `field: value` lines.');
  }
  const frontmatterLines = match[0].split('\n').length - 1;
  return {
    data: data as Record<string, unknown>,
    frontmatter: source,
    body: '\n'.repeat(frontmatterLines) + text.slice(match[0].length),
  };
}
