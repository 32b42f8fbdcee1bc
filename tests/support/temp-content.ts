import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the repository's content/ in a temporary folder, so that tests never write into the repository. */
export async function copyContent(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'readouts-import-'));
  const dir = join(root, 'content');
  await cp('content', dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Every file under a folder with its text, to compare a folder before and after a command. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const files = await Promise.all(
    names.map(
      async (entry) =>
        [
          join(entry.parentPath, entry.name),
          await readFile(join(entry.parentPath, entry.name), 'utf8'),
        ] as const,
    ),
  );
  return Object.fromEntries(files.sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs `npm run import` (the same script, on this Node) and returns its exit code and output. */
export function runImport(...args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A fresh copy of content/ for each test of the file that calls it, removed after the test:
 * `dir` is the copy's folder while a test runs.
 */
export function contentForEachTest(): { readonly dir: string } {
  let copy: Awaited<ReturnType<typeof copyContent>> | undefined;
  beforeEach(async () => {
    copy = await copyContent();
  });
  afterEach(async () => {
    await copy?.remove();
  });
  return {
    get dir() {
      if (!copy) throw new Error('The content is copied for the time of each test only.');
      return copy.dir;
    },
  };
}
