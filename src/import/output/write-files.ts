import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file by writing a temporary file beside it and renaming it into place, so that a
 * reader (or a build) never sees half a file, and a failed write leaves the old one whole.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a file that must not exist yet (a version, kept as recorded), in its folder. */
export async function writeNewFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
}

/** Appends entries to a YAML list file as text, so that its comments and entries stay byte for byte. */
export async function appendToFile(path: string, entries: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  await writeFileAtomic(path, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entries}`);
}

/**
 * Copies a file that is about to be replaced to `<name>.<time>.bak` beside it and returns
 * that path. The time keeps every earlier backup; the suffix keeps the loader (`*.md`) away.
 */
export async function backUp(path: string, now = new Date()): Promise<string> {
  const backup = `${path}.${now.toISOString().replace(/[:.]/g, '-')}.bak`;
  await copyFile(path, backup);
  return backup;
}
