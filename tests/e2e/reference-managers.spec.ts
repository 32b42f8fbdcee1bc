import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { risRecords } from '../support/ris-records.ts';
import { seedPath } from '../support/source.ts';

const risType = 'application/x-research-info-systems';

/** What Zotero's translation-server saved from a page (docs/zotero/README.md). */
const zoteroSaved = (file: string) =>
  (JSON.parse(readFileSync(`docs/zotero/${file}`, 'utf8')) as Record<string, string>[])[0] ?? {};

/** An address on the configured site, by its path and anchor (the recorded items are on another). */
const pathAndAnchor = (address: string) => new URL(address).pathname + new URL(address).hash;

/** The head's tags that Zotero reads into each field of a report (src/citations/reference-tags.ts). */
async function headAsZotero(page: Page): Promise<Record<string, string | null>> {
  const tag = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  return {
    title: await tag('citation_title'),
    shortTitle: await tag('bibo.shortTitle'),
    institution: await tag('citation_technical_report_institution'),
    reportType: await tag('DC.type'),
    date: await tag('citation_date'),
    place: await tag('eprints.event_location'),
    seriesTitle: await tag('z.seriesTitle'),
    language: await tag('citation_language'),
    extra: await tag('z.extra'),
    url: pathAndAnchor((await tag('citation_public_url')) ?? ''),
  };
}

/** A Zotero item's fields as the head gives them, its address reduced to path and anchor. */
function asHead(item: Record<string, string>): Record<string, string> {
  const { title, shortTitle, institution, reportType, date, place, seriesTitle, language, extra } =
    item;
  return {
    ...{ title, shortTitle, institution, reportType, date, place, seriesTitle, language, extra },
    url: pathAndAnchor(item['url'] ?? ''),
  } as Record<string, string>;
}

test('a section’s page carries the tags from which Zotero saved it as a report', async ({
  page,
}) => {
  await page.goto(`${seedPath}tpp/`);
  expect(await headAsZotero(page)).toEqual(asHead(zoteroSaved('section-tpp.json')));
  // No author for Zotero to split into a person's names.
  await expect(page.locator('meta[name="citation_author"]')).toHaveCount(0);
});

test('a readout’s page carries the tags from which Zotero saved it', async ({ page }) => {
  await page.goto(seedPath);
  expect(await headAsZotero(page)).toEqual(asHead(zoteroSaved('readout.json')));
});

test('following a paragraph’s link makes the head describe the paragraph, as Zotero saved it, and leaving it the readout again', async ({
  page,
}) => {
  await page.goto(seedPath);
  await page.getByRole('link', { name: 'Link to paragraph 2 (north-korea-p2)' }).click();
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', /para\. 2$/);
  expect(await headAsZotero(page)).toEqual(asHead(zoteroSaved('paragraph-address.json')));
  await page.evaluate(() => {
    location.hash = 'tpp';
  });
  await expect(page.locator('meta[name="citation_title"]')).not.toHaveAttribute(
    'content',
    /para\. 2$/,
  );
  expect(await headAsZotero(page)).toEqual(asHead(zoteroSaved('readout.json')));
});

test('a readout’s RIS file, named in its head and offered in its citation, reads back with every field', async ({
  page,
}) => {
  await page.goto(seedPath);
  const permalink = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const href = await page.locator(`link[rel="alternate"][type="${risType}"]`).getAttribute('href');
  expect(href).toBe('/meetings/2016-09-21-abe-biden.ris');
  await page.getByText('Cite this readout').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the RIS file of the readout' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2016-09-21-abe-biden.ris');
  const text = readFileSync(await download.path(), 'utf8');
  const response = await page.request.get(href ?? '');
  expect(response.headers()['content-type']).toBe(`${risType}; charset=utf-8`);
  expect(await response.text()).toBe(text);
  expect(risRecords(text)).toEqual([
    {
      TY: 'RPRT',
      TI: 'Prime Minister Abe receives a courtesy call from Vice President Biden',
      ST: 'Abe–Biden courtesy call, 21 September 2016',
      AU: 'Ministry of Foreign Affairs of Japan,',
      PB: 'Ministry of Foreign Affairs of Japan',
      M3: 'Readout',
      CY: 'New York',
      T2: 'Japan-United States of America Relations',
      DA: '2016/09/21/',
      PY: '2016',
      LA: 'en',
      UR: permalink,
      N1: 'Originally published at https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
      ID: '2016-09-21-abe-biden',
    },
  ]);
});

test('the RIS of a section’s and of a paragraph’s citation names the part, its address and today as the access date', async ({
  page,
}) => {
  await page.goto(seedPath);
  const permalink = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const now = new Date();
  const today = `${String(now.getFullYear())}/${String(now.getMonth() + 1).padStart(2, '0')}/${String(now.getDate()).padStart(2, '0')}/`;
  const section = page.getByRole('region').filter({ has: page.locator('h2#tpp') });
  await section.getByText('Cite this section').click();
  const sectionRis = risRecords(
    (await section.locator('#cite_2016-09-21-abe-biden-tpp_ris').textContent()) ?? '',
  );
  expect(sectionRis[0]).toMatchObject({
    TY: 'RPRT',
    TI: 'Prime Minister Abe receives a courtesy call from Vice President Biden: 4. TPP',
    ST: 'Abe–Biden courtesy call, 21 September 2016: 4. TPP',
    UR: `${permalink}#tpp`,
    Y2: today,
    ID: '2016-09-21-abe-biden-tpp',
  });
  // The readout's file is the readout's: a section's citation does not offer it.
  await expect(section.getByRole('link', { name: /Download/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Link to paragraph 2 (north-korea-p2)' }).click();
  await page.getByText('Cite this paragraph').click();
  const paragraphRis = risRecords(
    (await page.locator('#cite_2016-09-21-abe-biden-north-korea-p2_ris').textContent()) ?? '',
  );
  expect(paragraphRis[0]).toMatchObject({
    TI: 'Prime Minister Abe receives a courtesy call from Vice President Biden: 2. North Korea, para. 2',
    ST: 'Abe–Biden courtesy call, 21 September 2016: 2. North Korea, para. 2',
    CY: 'New York',
    T2: 'Japan-United States of America Relations',
    UR: `${permalink}#north-korea-p2`,
    Y2: today,
    N1: 'Originally published at https://www.mofa.go.jp/na/na1/us/page4e_000531.html',
  });
});
