import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mapInTurn } from '../lib/in-turn.ts';

/** Bytes and number of all the files under a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // A few at a time: a build of 50,000 readouts has 550,000 files.
  const sizes = await mapInTurn(
    entries.filter((entry) => entry.isFile()),
    16,
    async (entry) => (await stat(join(entry.parentPath, entry.name))).size,
  );
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length };
}

/** Bytes of all the files under a folder. */
export const folderBytes = async (dir: string): Promise<number> => (await folderSize(dir)).bytes;

/** Bytes of the files of a folder whose names end with a suffix (none: zero). */
export async function filesBytes(dir: string, suffix: string): Promise<number> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(suffix));
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}
