import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../src/bench/synthetic/archive.ts';
import { picker, seededRandom } from '../../src/bench/synthetic/random.ts';
import { syntheticReadout } from '../../src/bench/synthetic/readout.ts';
import { syntheticPeople, syntheticTopics } from '../../src/bench/synthetic/vocabulary.ts';
import { builtFiles } from '../../src/checks/built-files.ts';
import { pageBudget, pageWeight, siteReader } from '../../src/checks/page-weight.ts';
import { entriesPerPage } from '../../src/lib/periods.ts';
import { buildSite, scratchSite } from '../support/build-site.ts';

// A month of more readouts than its page can list (a summit week, an archive of several
// ministries) lists its days instead, each at its own address. Built from synthetic readouts,
// one more than a month's page holds, over three days of September 2016, all with one host.
const days = ['22', '21', '20'];
const count = entriesPerPage.readouts.month + 1;
let site: Awaited<ReturnType<typeof scratchSite>>;
let hostId = '';
let build: { status: number | null; output: string };
const written: string[] = [];

beforeAll(async () => {
  site = await scratchSite();
  await writeSyntheticArchive(site.content, 0);
  const random = seededRandom(21);
  const { some } = picker(random);
  const people = syntheticPeople();
  const [host, ...others] = people;
  const topics = syntheticTopics();
  if (!host) throw new Error('The synthetic vocabulary has no people.');
  hostId = host.id;
  for (let index = 0; index < count; index += 1) {
    const date = `2016-09-${days[index % days.length] ?? ''}`;
    const [guest] = some(others, 1);
    if (!guest) throw new Error('The synthetic vocabulary has fewer than two people.');
    const id = `${date}-meeting-${String(index)}`;
    written.push(id);
    await writeFile(
      join(site.content, 'meetings', `${id}.md`),
      syntheticReadout(random, id, date, host, guest, some(topics, 3), people),
    );
  }
  build = buildSite(site.content, site.out, join(site.root, 'cache'));
}, 300_000);

afterAll(async () => {
  await site.remove();
});

const page = (path: string): Promise<string> =>
  readFile(join(site.out, path, 'index.html'), 'utf8');
const links = (html: string, pattern: RegExp): string[] =>
  [...html.matchAll(/\shref="([^"]*)"/g)]
    .map((match) => match[1] ?? '')
    .filter((href) => pattern.test(href));

describe('a month longer than a page', () => {
  it('builds without errors', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('lists its days, each linked, instead of its readouts', async () => {
    const month = await page('years/2016/09');
    expect(links(month, /^\/years\/2016\/09\/\d\d\/$/)).toEqual(
      days.map((day) => `/years/2016/09/${day}/`),
    );
    expect(links(month, /^\/meetings\//)).toEqual([]);
    expect(month).toContain(`${String(count)} readouts, newest first.`);
  });

  it('files every readout of the month on the page of its day, once', async () => {
    const listed = await Promise.all(
      days.map(async (day) => links(await page(`years/2016/09/${day}`), /^\/meetings\/[^/]+\/$/)),
    );
    for (const [index, day] of days.entries())
      expect(listed[index]?.every((href) => href.includes(`/2016-09-${day}-`))).toBe(true);
    expect(listed.flat().sort()).toEqual(written.map((id) => `/meetings/${id}/`).sort());
  });

  it('leads from a day back to its month and year', async () => {
    const day = await page('years/2016/09/21');
    expect(day).toContain('<h1>Readouts of 21 September 2016</h1>');
    expect(links(day, /^\/years\/2016\/(09\/)?$/)).toEqual(['/years/2016/', '/years/2016/09/']);
  });

  it('keeps a person’s headings on their long year and month, each leading to the same heading of its part', async () => {
    const person = `/people/${hostId}/2016/`;
    const year = await page(person.slice(1));
    const month = await page(`${person.slice(1)}09`);
    for (const heading of ['took-part', 'mentioned-in']) {
      expect(year).toContain(`<h2 id="${heading}">`);
      expect(month).toContain(`<h2 id="${heading}">`);
    }
    expect(links(year, /#took-part$/)).toEqual([`${person}09/#took-part`]);
    expect(links(month, /#took-part$/)).toEqual(days.map((day) => `${person}09/${day}/#took-part`));
    const day = await page(`${person.slice(1)}09/21`);
    expect(day).toContain('<h2 id="took-part">');
    expect(links(day, /^\/meetings\/[^/]+\/$/).length).toBeGreaterThan(0);
  });

  it('keeps every page within its first round trip', async () => {
    const load = siteReader(site.out, '/');
    const over = [];
    for (const file of await builtFiles(site.out, ['.html'])) {
      const { htmlAndCssGzip } = pageWeight(await readFile(join(site.out, file), 'utf8'), load);
      if (htmlAndCssGzip > pageBudget.htmlAndCssGzip)
        over.push(`${file}: ${String(htmlAndCssGzip)} B`);
    }
    expect(over).toEqual([]);
  });
});
