import { ContentError } from './content-error.ts';

// Astro tells each field that fails the schema as "  **field**: **field**: message".
const issuePattern = /^\s+\*\*([^*]+)\*\*: (?:\*\*[^*]+\*\*: )?(.+)$/gm;

/**
 * Astro reports frontmatter that does not fit the schema at line 0 of the file, with its own
 * markup around the field. Told instead as `file:line: field: message`, at the line of the
 * first field named. Any other error is returned as it is.
 */
export function schemaError(error: unknown, file: string, frontmatter: string): unknown {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
  const lines = frontmatter.split('\n');
  const lineOf = (field: string) => {
    const index = lines.findIndex((line) => line.startsWith(`${field.split('.')[0] ?? ''}:`));
    // Line 1 is the opening `---`, so the frontmatter's first line is line 2.
    return index < 0 ? undefined : index + 2;
  };
  const issues = [...error.message.matchAll(issuePattern)].map(([, field = '', message = '']) => ({
    field,
    message,
    line: lineOf(field),
  }));
  if (issues.length === 0) return error;
  const told = issues.map(
    ({ field, message, line }) =>
      `${field}: ${message}${line ? '' : ' (the frontmatter has no such field)'}`,
  );
  return new ContentError(file, issues.find(({ line }) => line)?.line, told.join('; '));
}
