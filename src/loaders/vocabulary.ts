import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Vocabulary } from './check-references.ts';
import type { NameForms } from '../stored/outline.ts';

/** The ids of a vocabulary file (a YAML list of entries with an `id`), to check references against. */
export async function readVocabulary(path: string): Promise<Vocabulary> {
  const entries: unknown = parse(await readFile(path, 'utf8'));
  const ids = Array.isArray(entries)
    ? entries.map((entry) => (entry as { id?: unknown }).id).filter((id) => typeof id === 'string')
    : [];
  return { file: relative(process.cwd(), path), ids: new Set(ids) };
}

/**
 * The forms of each person's name in the people vocabulary (`name` and `mentions`), to find the
 * sections that name them. The people's schema checks the file itself; a malformed entry is
 * left out here and refused there.
 */
export async function readNameForms(path: string): Promise<NameForms> {
  const entries: unknown = parse(await readFile(path, 'utf8'));
  const forms: NameForms = new Map();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const { id, name, mentions } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string') continue;
    const others = Array.isArray(mentions) ? mentions.filter((m) => typeof m === 'string') : [];
    forms.set(id, [name, ...others]);
  }
  return forms;
}
