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
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out', out, '--local'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      READOUTS_CONTENT_DIR: content,
      READOUTS_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // Where colour is forced all the same (some CI settings), the messages are read without it.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}
