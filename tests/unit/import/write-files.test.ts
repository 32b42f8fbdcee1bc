import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendToFile,
  backUp,
  writeFileAtomic,
  writeNewFile,
} from '../../../src/import/output/write-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readouts-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writing a file whole', () => {
  it('writes the text in a new folder, and replaces a file, leaving nothing beside it', async () => {
    const path = join(dir, 'meetings', 'a.md');
    await writeFileAtomic(path, 'first “text”\n');
    expect(await readFile(path, 'utf8')).toBe('first “text”\n');
    await writeFileAtomic(path, 'second\n');
    expect(await readFile(path, 'utf8')).toBe('second\n');
    expect(await readdir(join(dir, 'meetings'))).toEqual(['a.md']);
  });

  it('leaves what stands at the path, and no temporary file, when the write fails', async () => {
    const path = join(dir, 'a.md');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(path, 'text')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a.md']);
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('never writes through a temporary file left by another writer', async () => {
    const path = join(dir, 'a.md');
    await writeFile(path, 'old');
    await writeFile(`${path}.tmp-${String(process.pid)}`, 'another’s');
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow(/EEXIST/);
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});

describe('writing a version', () => {
  it('writes a new file in a new folder, and refuses to write over one', async () => {
    const path = join(dir, 'a.versions', '2023-03-10.md');
    await writeNewFile(path, 'as published\n');
    expect(await readFile(path, 'utf8')).toBe('as published\n');
    await expect(writeNewFile(path, 'edited\n')).rejects.toThrow(/EEXIST/);
    expect(await readFile(path, 'utf8')).toBe('as published\n');
  });
});

describe('appending entries to a list file', () => {
  it.each([
    ['ending with a line break', '# Topics\n- id: a\n', '# Topics\n- id: a\n- id: b\n'],
    ['not ending with one', '# Topics\n- id: a', '# Topics\n- id: a\n- id: b\n'],
    ['empty', '', '- id: b\n'],
  ])('keeps a file %s as it is, the entries on lines of their own', async (_, before, after) => {
    const path = join(dir, 'topics.yaml');
    await writeFile(path, before);
    await appendToFile(path, '- id: b\n');
    expect(await readFile(path, 'utf8')).toBe(after);
  });
});

describe('backing up a file about to be replaced', () => {
  it('copies it beside itself, named by the time, out of the loader’s *.md', async () => {
    const path = join(dir, 'a.md');
    await writeFile(path, 'the old import\n');
    const backup = await backUp(path, new Date('2024-05-06T07:08:09.010Z'));
    expect(backup).toBe(join(dir, 'a.md.2024-05-06T07-08-09-010Z.bak'));
    expect(await readFile(backup, 'utf8')).toBe('the old import\n');
    expect(await readFile(path, 'utf8')).toBe('the old import\n');
  });

  it('is named by the present time unless told', async () => {
    const path = join(dir, 'a.md');
    await writeFile(path, 'x');
    const before = Date.now();
    const backup = await backUp(path);
    const stamp = /\.(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.bak$/.exec(backup);
    expect(stamp).not.toBeNull();
    const [, day, hours, minutes, seconds, ms] = stamp ?? [];
    const time = Date.parse(
      `${day ?? ''}T${hours ?? ''}:${minutes ?? ''}:${seconds ?? ''}.${ms ?? ''}Z`,
    );
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
});
