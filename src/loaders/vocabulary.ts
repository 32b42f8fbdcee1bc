import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Vocabulary } from './check-references.ts';

/** The ids of a vocabulary file (a YAML list of entries with an `id`), to check references against. */
export async function readVocabulary(path: string): Promise<Vocabulary> {
  const entries: unknown = parse(await readFile(path, 'utf8'));
  const ids = Array.isArray(entries)
    ? entries.map((entry) => (entry as { id?: unknown }).id).filter((id) => typeof id === 'string')
    : [];
  return { file: relative(process.cwd(), path), ids: new Set(ids) };
}
