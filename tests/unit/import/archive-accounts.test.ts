import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountOf, accountsNear } from '../../../src/import/pairs/archive-accounts.ts';

let contentDir: string;
beforeEach(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'readouts-accounts-'));
  await mkdir(join(contentDir, 'meetings'));
});
afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

const seed = readFileSync('content/meetings/2016-09-21-abe-biden.md', 'utf8');
// The seed readout, dated `date`, filed as `name`.
const filed = (name: string, date: string, text = seed) =>
  writeFile(join(contentDir, 'meetings', name), text.replace('date: 2016-09-21', `date: ${date}`));

describe('a readout as an account of its meeting', () => {
  it('is its date, publisher, principals (not those also present) and everyone present', () => {
    expect(
      accountOf('2016-09-21-abe-biden', {
        date: '2016-09-21',
        source: {
          publisher: 'Ministry of Foreign Affairs of Japan',
          url: 'https://www.mofa.go.jp/a.html',
          published: '2016-09-21',
          language: 'en',
        },
        participants: [
          { person: 'shinzo-abe', role: 'Prime Minister of Japan' },
          { person: 'joe-biden', role: 'Vice President', attendance: 'principal' },
          { person: 'caroline-kennedy', role: 'Ambassador', attendance: 'also-present' },
        ],
        notCounterparts: ['2016-09-21-biden-abe'],
      }),
    ).toEqual({
      id: '2016-09-21-abe-biden',
      date: '2016-09-21',
      publisher: 'Ministry of Foreign Affairs of Japan',
      principals: ['shinzo-abe', 'joe-biden'],
      participants: ['shinzo-abe', 'joe-biden', 'caroline-kennedy'],
      notCounterparts: ['2016-09-21-biden-abe'],
    });
  });
});

describe('the archive’s accounts near a day', () => {
  it('are the readouts dated the day before, the day and the day after, by their file names', async () => {
    await filed('2016-09-19-abe-biden.md', '2016-09-19');
    await filed('2016-09-20-abe-biden.md', '2016-09-20');
    await filed('2016-09-21-abe-biden.md', '2016-09-21');
    await filed('2016-09-22-abe-biden.md', '2016-09-22');
    await filed('2016-09-23-abe-biden.md', '2016-09-23');
    const accounts = await accountsNear(contentDir, '2016-09-21');
    expect(accounts.map(({ id, date }) => `${id} ${date}`).sort()).toEqual([
      '2016-09-20-abe-biden 2016-09-20',
      '2016-09-21-abe-biden 2016-09-21',
      '2016-09-22-abe-biden 2016-09-22',
    ]);
    expect(accounts.find(({ id }) => id === '2016-09-21-abe-biden')).toEqual({
      id: '2016-09-21-abe-biden',
      date: '2016-09-21',
      publisher: 'Ministry of Foreign Affairs of Japan',
      principals: ['shinzo-abe', 'joe-biden'],
      participants: ['shinzo-abe', 'joe-biden'],
      notCounterparts: undefined,
    });
  });

  it('leave out files that are not readouts, or not of the day, or that the build would refuse', async () => {
    await filed('2016-09-21-abe-biden.md.2024-01-01T00-00-00-000Z.bak', '2016-09-21');
    await filed('2016-09-210-abe-biden.md', '2016-09-21');
    await filed('x2016-09-21-abe-biden.md', '2016-09-21');
    await filed('2016-09-21-no-frontmatter.md', '2016-09-21', 'Text only.\n');
    await filed('2016-09-21-no-title.md', '2016-09-21', seed.replace(/^title: .*\n/m, ''));
    await filed('2016-09-21-kept.md', '2016-09-21');
    expect((await accountsNear(contentDir, '2016-09-21')).map(({ id }) => id)).toEqual([
      '2016-09-21-kept',
    ]);
  });

  it('are none when the archive has no meetings folder yet', async () => {
    expect(await accountsNear(join(contentDir, 'missing'), '2016-09-21')).toEqual([]);
  });
});
