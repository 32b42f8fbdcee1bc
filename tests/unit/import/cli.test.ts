import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedSource } from '../../support/source.ts';
import { fixture } from '../../support/import.ts';
import { contentForEachTest, runImport, snapshot } from '../../support/temp-content.ts';

const content = contentForEachTest();

const seedUrl = 'https://www.mofa.go.jp/na/na1/us/page4e_000531.html';
const exampleUrl = 'https://www.mofa.go.jp/example/page.html';

describe('npm run import', () => {
  it('writes the readout and appends the new topics and people, reporting each', async () => {
    const topicsBefore = await readFile(join(content.dir, 'topics.yaml'), 'utf8');
    const peopleBefore = await readFile(join(content.dir, 'people.yaml'), 'utf8');
    const result = runImport(
      fixture('titled-sections.txt'),
      '--url',
      exampleUrl,
      '--content',
      content.dir,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Created ${join(content.dir, 'meetings', '2017-04-10-kishida-bishop.md')} from ${fixture('titled-sections.txt')}`,
    );
    expect(result.stdout).toContain(
      'New topic "japan-australia-relations" (Japan-Australia relations)',
    );
    expect(result.stdout).not.toContain('New person');
    const topics = await readFile(join(content.dir, 'topics.yaml'), 'utf8');
    expect(topics.startsWith(topicsBefore)).toBe(true);
    expect(topics.slice(topicsBefore.length)).toBe(
      '- id: japan-australia-relations\n  title: Japan-Australia relations\n  description: Sections headed “Japan-Australia relations” in the readouts.\n',
    );
    expect(
      (await readFile(join(content.dir, 'people.yaml'), 'utf8')).startsWith(peopleBefore),
    ).toBe(true);
  });

  it('reuses the topics and people an earlier file of the same run created, each file with its own Source line', async () => {
    // A minister the archive does not know, named in both texts (in the second in capitals).
    const forms = {
      'titled-sections.txt': 'Kenji Moriyama',
      'untitled-numbered-paragraphs.txt': 'MORIYAMA Kenji',
    };
    const files = await Promise.all(
      Object.entries(forms).map(async ([name, minister]) => {
        const path = join(content.dir, '..', name);
        const text = (await readFile(fixture(name), 'utf8')).replace('Fumio Kishida', minister);
        await writeFile(path, `${text}\nSource: ${exampleUrl}?${name}\n`);
        return path;
      }),
    );
    const result = runImport(...files, '--content', content.dir);
    expect(result.status).toBe(0);
    expect(result.stdout.match(/New person "kenji-moriyama"/g)).toHaveLength(1);
    expect(
      await readFile(join(content.dir, 'meetings', '2016-03-03-moriyama-lavrov.md'), 'utf8'),
    ).toContain('  - person: kenji-moriyama\n');
    expect(
      await readFile(join(content.dir, 'meetings', '2016-03-03-moriyama-lavrov.md'), 'utf8'),
    ).toContain(`url: ${exampleUrl}?untitled-numbered-paragraphs.txt\n`);
  });

  it('names a second page on the same meeting by its kind, and leaves the first alone', async () => {
    const text = await readFile(fixture('sub-items.txt'), 'utf8');
    const pages = [
      [text, 'summit'],
      [
        text.replace('held a Japan-U.S. Summit Meeting with', 'had a working dinner with'),
        'dinner',
      ],
    ].map(async ([page = '', name = ''], index) => {
      const path = join(content.dir, '..', `${index}-${name}.txt`);
      await writeFile(path, `${page}\nSource: ${exampleUrl}?${name}\n`);
      return path;
    });
    const result = runImport(...(await Promise.all(pages)), '--content', content.dir);
    expect(result.status, result.stderr).toBe(0);
    expect((await readdir(join(content.dir, 'meetings'))).sort()).toEqual([
      '2016-09-21-abe-biden.md',
      '2017-02-10-abe-trump-working-dinner.md',
      '2017-02-10-abe-trump.md',
    ]);
  });

  it('--dry-run prints the Markdown and writes nothing', async () => {
    const before = await snapshot(content.dir);
    const result = runImport(
      fixture('sub-items.txt'),
      '--url',
      exampleUrl,
      '--content',
      content.dir,
      '--dry-run',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^---\ntitle: Prime Minister Abe holds a Japan-U\.S\. Summit Meeting with President Trump\n/,
    );
    expect(result.stdout).toContain('### (1) Overall {#japan-us-relations-1}');
    expect(result.stderr).toContain('Dry run: nothing was written.');
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('never overwrites an existing readout without --force', async () => {
    const target = join(content.dir, 'meetings', '2016-09-21-abe-biden.md');
    await writeFile(target, 'edited by hand\n');
    const before = await snapshot(content.dir);
    const result = runImport(seedSource, '--url', seedUrl, '--content', content.dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `${seedSource}: ${target}, the readout this text revises, does not load (`,
    );
    expect(result.stderr).toContain('mend it before recording a revision');
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('with --force replaces it and keeps the old file as a backup', async () => {
    const target = join(content.dir, 'meetings', '2016-09-21-abe-biden.md');
    await writeFile(target, 'edited by hand\n');
    const result = runImport(seedSource, '--url', seedUrl, '--content', content.dir, '--force');
    expect(result.status).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(
      await readFile('content/meetings/2016-09-21-abe-biden.md', 'utf8'),
    );
    const backups = (await readdir(join(content.dir, 'meetings'))).filter((name) =>
      name.endsWith('.bak'),
    );
    expect(backups).toHaveLength(1);
    expect(await readFile(join(content.dir, 'meetings', backups[0] ?? ''), 'utf8')).toBe(
      'edited by hand\n',
    );
    expect(result.stdout).toContain(`Replaced ${target}`);
  });

  it('refuses --url with several files', () => {
    const result = runImport(
      fixture('sub-items.txt'),
      fixture('titled-sections.txt'),
      '--url',
      exampleUrl,
      '--content',
      content.dir,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--url describes one readout');
  });
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a batch with files that cannot be imported', () => {
  const cases: [string, string][] = [
    ['empty.txt', 'the file is empty'],
    ['binary.bin', 'this is not a UTF-8 text file'],
    [
      'no-dateline.txt',
      'no dateline above the lead: give the page’s date of publication with --published YYYY-MM-DD',
    ],
    ['no-lead.txt', 'no meeting date in the lead: give it with --date 2017-04-10'],
    ['does-not-exist.txt', 'no such file'],
  ];

  for (const [name, reason] of cases) {
    it(`${name}: names the file and what is missing, writes nothing of it, imports the good file beside it, and exits non-zero`, async () => {
      const good = join(content.dir, '..', 'good.txt');
      await writeFile(
        good,
        `${await readFile(fixture('sub-items.txt'), 'utf8')}\nSource: ${exampleUrl}\n`,
      );
      const result = runImport(good, fixture(name), '--content', content.dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`${fixture(name)}: .*${escape(reason)}`));
      expect(result.stderr).toContain('1 of 2 files not imported: nothing of it was written.');
      expect(await readdir(join(content.dir, 'meetings'))).toEqual([
        '2016-09-21-abe-biden.md',
        '2017-02-10-abe-trump.md',
      ]);
    });
  }

  it('ends with a table: each file, the readout written, its new entries, and the flags a file needs', async () => {
    const good = join(content.dir, '..', 'good.txt');
    await writeFile(
      good,
      `${await readFile(fixture('press-release-with-title.txt'), 'utf8')}\nSource: ${exampleUrl}\n`,
    );
    const result = runImport(good, fixture('no-dateline.txt'), '--content', content.dir);
    const table = result.stdout.slice(result.stdout.indexOf('file '));
    expect(table.split('\n')[0]).toMatch(
      /^file +\| readout written +\| new topics \/ people \/ kinds +\| fields that need a flag$/,
    );
    expect(table).toMatch(
      /good\.txt +\| 2024-05-15-kamikawa-peters\.md +\| [^|]* \/ winston-peters \/ – +\| –/,
    );
    expect(table).toMatch(/no-dateline\.txt +\| none +\| – +\| --url --published --date/);
  });
});

describe('flags for what a text does not say', () => {
  // Imports one fixture with flags, and returns the readout it must write.
  const importWith = async (name: string, readout: string, ...flags: string[]) => {
    const result = runImport(
      fixture(name),
      '--url',
      exampleUrl,
      ...flags,
      '--content',
      content.dir,
    );
    expect(result.status, result.stderr).toBe(0);
    return readFile(join(content.dir, 'meetings', `${readout}.md`), 'utf8');
  };

  it('import a file without a dateline or year, with --published and --date', async () => {
    const written = await importWith(
      'no-dateline.txt',
      '2017-04-10-kishida-bishop',
      '--published',
      '2017-04-11',
      '--date',
      '2017-04-10',
    );
    expect(written).toContain('date: 2017-04-10\n');
    expect(written).toContain('  published: 2017-04-11\n');
  });

  it('import a lead that names nobody, with --participant, --kind and --date', async () => {
    const written = await importWith(
      'no-lead.txt',
      '2017-04-10-abe-biden',
      '--date',
      '2017-04-10',
      '--kind',
      'meeting',
      '--participant',
      'shinzo-abe|Prime Minister of Japan',
      '--participant',
      'joe-biden|Vice President of the United States of America',
    );
    expect(written).toContain(
      'participants:\n  - person: shinzo-abe\n    role: Prime Minister of Japan\n  - person: joe-biden\n',
    );
    expect(written).toContain('kind: meeting\n');
  });

  it('are refused with several files, which each need their own', () => {
    const result = runImport(
      fixture('sub-items.txt'),
      fixture('titled-sections.txt'),
      '--date',
      '2017-04-10',
      '--content',
      content.dir,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--date describes one readout');
  });
});

describe('--counterpart', () => {
  // Another government's account of the meeting of `titled-sections.txt`, already in the archive.
  const other = '2017-04-10-bishop-kishida';
  const target = () => join(content.dir, 'meetings', '2017-04-10-kishida-bishop.md');
  beforeEach(async () => {
    const seed = await readFile(join(content.dir, 'meetings', '2016-09-21-abe-biden.md'), 'utf8');
    await writeFile(
      join(content.dir, 'meetings', `${other}.md`),
      seed.replace('date: 2016-09-21', 'date: 2017-04-10'),
    );
  });
  const importWith = (counterpart: string) =>
    runImport(
      fixture('titled-sections.txt'),
      '--url',
      exampleUrl,
      '--counterpart',
      counterpart,
      '--content',
      content.dir,
    );

  it('names the other account of the meeting in the readout written', async () => {
    expect(importWith(other).status).toBe(0);
    expect(await readFile(target(), 'utf8')).toContain(`\ncounterparts:\n  - ${other}\n`);
  });

  it('refuses a readout that is not in the archive, and writes nothing', async () => {
    const before = await snapshot(content.dir);
    const result = importWith('2017-04-10-bishop-abe');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `--counterpart 2017-04-10-bishop-abe: there is no readout ${join(content.dir, 'meetings', '2017-04-10-bishop-abe.md')}`,
    );
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('refuses an account dated more than a day apart, and writes nothing', async () => {
    const before = await snapshot(content.dir);
    const result = importWith('2016-09-21-abe-biden');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      '--counterpart 2016-09-21-abe-biden: it is dated 2016-09-21 and this readout 2017-04-10',
    );
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('refuses the readout itself', () => {
    const result = importWith('2017-04-10-kishida-bishop');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      '--counterpart 2017-04-10-kishida-bishop: that is this readout',
    );
  });
});

describe('other publishers', () => {
  const ukCall = fixture('pm-call-this-morning.txt', 'gov-uk');
  const ukUrl = 'https://www.gov.uk/government/news/pm-call-example';
  const mofaTalk = fixture('uk-summit-telephone-talk.txt');

  it('refuses a lead whose day names no one day, naming --date, and imports it with --date', async () => {
    const before = await snapshot(content.dir);
    const week = fixture('earlier-this-week.txt', 'gov-uk');
    const refused = runImport(week, '--url', ukUrl, '--content', content.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'the lead says “earlier this week”, which names no one day: give the meeting’s date with --date YYYY-MM-DD',
    );
    expect(await snapshot(content.dir)).toEqual(before);
    const dated = runImport(week, '--url', ukUrl, '--date', '2022-07-11', '--content', content.dir);
    expect(dated.status, dated.stderr).toBe(0);
    expect(
      await readFile(join(content.dir, 'meetings', '2022-07-11-johnson-kishida.md'), 'utf8'),
    ).toContain('  - person: boris-johnson\n    role: Prime Minister of the United Kingdom\n');
  });

  it('refuses a page whose publisher neither its address nor its text tells, naming --publisher', async () => {
    const text = (await readFile(ukCall, 'utf8')).replace(/^From:\n.*\n/m, '');
    const path = join(content.dir, '..', 'no-from.txt');
    await writeFile(path, text.replace(/^PM call/m, 'Call'));
    const refused = runImport(path, '--url', 'https://mirror.example/x', '--content', content.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /no-from\.txt: cannot tell who published this text: give --publisher/,
    );
    // A "Publisher:" line says it for the one file, as --publisher does.
    await writeFile(
      path,
      `${text}\nPublisher: 10 Downing Street\nSource: https://mirror.example/x\n`,
    );
    const named = runImport(path, '--content', content.dir);
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout).toContain('2020-09-02-johnson-abe.md');
  });

  it('refuses a publisher it does not read, naming those it does', () => {
    const result = runImport(
      ukCall,
      '--url',
      ukUrl,
      '--publisher',
      'Ruritanian Chancery',
      '--content',
      content.dir,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--publisher Ruritanian Chancery: not a publisher the importer reads (it reads Prime Minister’s Office, 10 Downing Street;',
    );
  });

  it('pairs the other account already in the archive, unless told they are two meetings', async () => {
    expect(runImport(mofaTalk, '--url', exampleUrl, '--content', content.dir).status).toBe(0);
    const paired = runImport(ukCall, '--url', ukUrl, '--dry-run', '--content', content.dir);
    expect(paired.stdout).toContain('\ncounterparts:\n  - 2020-09-02-abe-johnson\n');
    expect(paired.stderr).toContain(
      'paired with 2020-09-02-abe-johnson (Ministry of Foreign Affairs of Japan, 2020-09-02) as the other account of the meeting; if it is another meeting, import again with --not-counterpart 2020-09-02-abe-johnson',
    );
    const apart = runImport(
      ukCall,
      '--url',
      ukUrl,
      '--not-counterpart',
      '2020-09-02-abe-johnson',
      '--content',
      content.dir,
    );
    expect(apart.status, apart.stderr).toBe(0);
    const written = await readFile(
      join(content.dir, 'meetings', '2020-09-02-johnson-abe.md'),
      'utf8',
    );
    expect(written).not.toContain('\ncounterparts:');
    expect(written).toContain('\nnotCounterparts:\n  - 2020-09-02-abe-johnson\n');
  });

  it('refuses a meeting dated after its page by more than the time zones allow, naming both', async () => {
    const before = await snapshot(content.dir);
    const result = runImport(
      fixture('meeting-after-dateline.txt'),
      '--url',
      exampleUrl,
      '--content',
      content.dir,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'meeting-after-dateline.txt: the meeting’s day, 2018-05-26 (the text), is 3 days after the page’s date, 2018-05-23 (its dateline): more than the time zones allow.',
    );
    expect(result.stdout).toMatch(
      /meeting-after-dateline\.txt +\| none +\| – +\| --date --published/,
    );
    expect(await snapshot(content.dir)).toEqual(before);
  });

  it('refuses a date that is not on the calendar before reading anything', () => {
    const result = runImport(
      mofaTalk,
      '--url',
      exampleUrl,
      '--date',
      '2018-02-30',
      '--content',
      content.dir,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--date 2018-02-30: there is no such day on the calendar.');
  });
});
