import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readoutJsonSchema } from '../../../src/schemas/readout-export.ts';

describe('the published JSON Schema of a readout', () => {
  it('is the one the export schema makes (run `npm run schema` after changing it)', async () => {
    const published: unknown = JSON.parse(
      await readFile('public/schemas/readout.schema.json', 'utf8'),
    );
    expect(published).toEqual(readoutJsonSchema());
  });
});
