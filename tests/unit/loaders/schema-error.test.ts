import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { splitReadoutFile } from '../../../src/loaders/readout-file.ts';
import { schemaError } from '../../../src/loaders/schema-error.ts';

const schema = z.strictObject({
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.'),
  source: z.strictObject({ url: z.url(), publisher: z.string() }),
  people: z.array(z.strictObject({ id: z.string() })),
});

/** The message for a readout file whose frontmatter is `lines`, checked against the schema. */
function told(...lines: string[]): string {
  const readout = splitReadoutFile(`---\n${lines.join('\n')}\n---\n\nText.\n`, 'x.md');
  const parsed = schema.safeParse(readout.data);
  if (parsed.success) return 'valid';
  return schemaError(parsed.error, 'x.md', readout).message;
}

const valid = [
  'title: A meeting',
  'date: 2016-09-21',
  'source:',
  '  url: https://example.org/',
  '  publisher: A ministry',
  'people:',
  '  - id: a',
];

describe('an error in the frontmatter', () => {
  it('keeps a date as the string the editor wrote', () => {
    expect(splitReadoutFile('---\ndate: 2016-02-30\n---\n', 'x.md').data['date']).toBe(
      '2016-02-30',
    );
  });

  it('names the field and its line in the file', () => {
    expect(told(...valid.with(1, 'date: 21 September 2016'))).toBe(
      'x.md:3: date: Write the date as YYYY-MM-DD.',
    );
  });

  it('finds a field inside a list by its path', () => {
    expect(told(...valid.with(6, '  - id: 7'))).toMatch(/^x\.md:8: people\.0\.id: /);
  });

  it('tells a missing field, at its parent’s line when it has one', () => {
    expect(told(...valid.filter((line) => !line.includes('publisher')))).toBe(
      'x.md:4: source.publisher: required, and the frontmatter has no such field',
    );
    expect(told(...valid.slice(1))).toBe(
      'x.md: title: required, and the frontmatter has no such field',
    );
  });

  it('names a field the schema does not know, at its line', () => {
    expect(told(...valid, 'colour: red')).toMatch(/^x\.md:9: colour: no such field/);
  });

  it('tells a YAML syntax error at the line where the parser finds it', () => {
    // The `[` opened on line 2 is found unclosed on line 3.
    expect(() => told(...valid.with(0, 'title: [A meeting'))).toThrow(
      /^x\.md:3: YAML syntax error in the frontmatter: Flow sequence/,
    );
  });
});
