import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import type { ReadoutFile } from './readout-file.ts';

/** One schema issue in the editor's words: the field, what is wrong with it, and its line. */
function told(issue: z.core.$ZodIssue, file: Pick<ReadoutFile, 'lineOf' | 'has'>) {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0] ?? ''];
    const where = field ? ` in ${field}` : '';
    return {
      line: file.lineOf(path),
      text: `${issue.keys.join(', ')}: no such field${where}; the schema in src/schemas/ lists the fields.`,
    };
  }
  if (!file.has(issue.path)) {
    return {
      line: file.lineOf(issue.path),
      text: `${field}: required, and the frontmatter has no such field`,
    };
  }
  return { line: file.lineOf(issue.path), text: `${field}: ${issue.message}` };
}

/**
 * Tells the ways frontmatter fails the schema as one `file:line: field: message` error, at the
 * line of the first field named (the line comes from the YAML parser, by the issue's path).
 */
export function schemaError(
  error: z.ZodError,
  file: string,
  readout: Pick<ReadoutFile, 'lineOf' | 'has'>,
): ContentError {
  const issues = error.issues.map((issue) => told(issue, readout));
  const line = issues.find((issue) => issue.line !== undefined)?.line;
  return new ContentError(file, line, issues.map(({ text }) => text).join('; '));
}
