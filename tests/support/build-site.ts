import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch folder with a copy of the repository's vocabularies and an empty `meetings/`. */
export async function scratchSite(): Promise<{
  root: string;
  content: string;
  out: string;
  remove: () => Promise<void>;
}> {
  const root = await mkdtemp(join(tmpdir(), 'readouts-build-'));
  const content = join(root, 'content');
  await cp('content', content, {
    recursive: true,
    filter: (source) => !source.includes('/meetings/'),
  });
  await mkdir(join(content, 'meetings'), { recursive: true });
  return {
    root,
    content,
    out: join(root, 'dist'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Runs `npm run build` (the same script, on this Node) on a content folder, into an output folder. */
export function buildSite(
  content: string,
  out: string,
  cache: string,
  { openFiles }: { openFiles?: number } = {},
): { status: number | null; output: string } {
  return runScript(['src/cli/build.ts', '--out', out, '--local'], {
    env: { READOUTS_CONTENT_DIR: content, READOUTS_CACHE_DIR: cache },
    ...(openFiles === undefined ? {} : { openFiles }),
  });
}

/**
 * Runs a script of the project on this Node, its output read without colour; with
 * `openFiles`, under that limit of files open at once (the shell's `ulimit -n`).
 */
export function runScript(
  args: string[],
  { env = {}, openFiles }: { env?: Record<string, string>; openFiles?: number } = {},
): { status: number | null; output: string } {
  const command = [process.execPath, ...args];
  const [file = '', ...rest] =
    openFiles === undefined
      ? command
      : ['sh', '-c', `ulimit -n ${String(openFiles)} && exec "$@"`, 'sh', ...command];
  const result = spawnSync(file, rest, {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // Where colour is forced all the same (some CI settings), the messages are read without it.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}
