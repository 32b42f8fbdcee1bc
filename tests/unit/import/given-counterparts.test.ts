import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/import/import-error.ts';
import { checkGivenCounterparts } from '../../../src/import/pairs/given-counterparts.ts';

let contentDir: string;
beforeEach(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'readouts-given-'));
  await mkdir(join(contentDir, 'meetings'));
  await filed('2017-04-10-bishop-kishida', '---\ntitle: Talks\ndate: 2017-04-10\n---\n\nText.\n');
  await filed('2017-04-09-bishop-kishida', '---\ntitle: Talks\ndate: 2017-04-09\n---\n\nText.\n');
});
afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

const meeting = (id: string) => join(contentDir, 'meetings', `${id}.md`);
const filed = (id: string, text: string) => writeFile(meeting(id), text);
const target = () => meeting('2017-04-10-kishida-bishop');
const check = (...counterparts: string[]) =>
  checkGivenCounterparts('talks.txt', target(), '2017-04-10', counterparts, contentDir);
const refusal = async (...counterparts: string[]): Promise<ImportError> => {
  const error: unknown = await check(...counterparts).catch((thrown: unknown) => thrown);
  if (!(error instanceof ImportError)) throw new Error(`not refused: ${String(error)}`);
  expect(error.flags).toEqual(['--counterpart']);
  return error;
};

describe('the readouts named as other accounts of the meeting', () => {
  it('may be readouts of the archive dated a day apart at most', async () => {
    await expect(check('2017-04-10-bishop-kishida', '2017-04-09-bishop-kishida')).resolves.toBe(
      undefined,
    );
  });

  it('may not be the readout itself', async () => {
    expect((await refusal('2017-04-10-kishida-bishop')).message).toBe(
      'talks.txt: --counterpart 2017-04-10-kishida-bishop: that is this readout; name the other account of the meeting.',
    );
  });

  it('must be in the archive', async () => {
    expect((await refusal('2017-04-10-bishop-kishida', '2017-04-10-bishop-abe')).reason).toBe(
      `--counterpart 2017-04-10-bishop-abe: there is no readout ${meeting('2017-04-10-bishop-abe')}; import or write the other account first.`,
    );
  });

  it('must load, and have a date', async () => {
    await filed('2017-04-10-broken', 'Text without frontmatter.\n');
    expect((await refusal('2017-04-10-broken')).reason).toBe(
      `--counterpart 2017-04-10-broken: ${meeting('2017-04-10-broken')}:1: A readout starts with its frontmatter between two \`---\` lines.`,
    );
    await filed('2017-04-10-undated', '---\ntitle: Talks\n---\n\nText.\n');
    expect((await refusal('2017-04-10-undated')).reason).toBe(
      `--counterpart 2017-04-10-undated: ${meeting('2017-04-10-undated')} has no date.`,
    );
  });

  it('must be dated a day apart at most', async () => {
    await filed('2017-04-12-bishop-kishida', '---\ntitle: Talks\ndate: 2017-04-12\n---\n\nText.\n');
    expect((await refusal('2017-04-12-bishop-kishida')).reason).toBe(
      '--counterpart 2017-04-12-bishop-kishida: it is dated 2017-04-12 and this readout 2017-04-10: readouts of one meeting are at most 1 day apart (time zones). Is it the same meeting?',
    );
  });
});
