import { expect, test } from '@playwright/test';
import { accessibilityViolations } from '../support/axe.ts';
import { findGluedText } from '../support/glued-text.ts';
import { findLayoutFaults } from '../support/layout-faults.ts';
import { readoutSchema } from '../support/readout-schema.ts';
import { firstResultsListed, searchResults } from '../support/search-results.ts';

// A readout its publisher revised three times (tests/fixtures/versions/), each capture imported
// in turn into the imported archive (`npm run build:imported`).
const readout = '/meetings/2023-03-10-hayashi-wong/';
const version = (captured: string) => `${readout}versions/${captured}/`;
const removed =
  "Minister Hayashi asked for Australia's understanding and cooperation toward the early resolution of the abductions issue.";

test('a revised readout says so near its facts, with what changed and every version', async ({
  page,
}) => {
  await page.goto(readout);
  const note = page.getByText(/^Revised by the publisher/);
  await expect(note).toHaveText(
    'Revised by the publisher (1 paragraph added), captured by the archive on 2 April 2023: what changed. Every version: 10 March 2023, 11 March 2023, 15 March 2023, 2 April 2023 (this one).',
  );
  await note.getByRole('link', { name: '10 March 2023' }).click();
  await expect(page).toHaveURL(version('2023-03-10'));
});

test('a citation of the first version still leads to the words it quoted', async ({ page }) => {
  // The paragraph the publisher removed on 15 March: para. 2 of "2. North Korea" as first published.
  await page.goto(`${version('2023-03-10')}#north-korea-p2`);
  const paragraph = page.locator('#north-korea-p2');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText(removed);
  await expect(page.getByRole('note')).toContainText(
    'Superseded: this is the text as the archive captured it on 10 March 2023.',
  );
  await page.getByRole('note').getByRole('link', { name: 'the current text' }).click();
  await expect(page).toHaveURL(readout);
  // The current text has lost those words, and its para. 2 of the section is another paragraph.
  await expect(page.getByText(removed)).toHaveCount(0);
});

test('a link made before a revision lands on a note saying where its words are now', async ({
  page,
}) => {
  // The first version's para. 3 of "2. North Korea" is para. 2 since a paragraph was removed.
  await page.goto(`${readout}#north-korea-p3`);
  const note = page.locator('#north-korea-p3');
  await expect(note).toBeInViewport();
  await expect(note).toContainText(
    'Earlier versions had a paragraph at this address (#north-korea-p3), which this text no longer has',
  );
  await note.getByRole('link', { name: '10 March 2023' }).click();
  await expect(page).toHaveURL(`${version('2023-03-10')}#north-korea-p3`);
  await expect(page.locator('#north-korea-p3')).toContainText(
    'The two ministers confirmed that they would keep working with the Republic of Korea',
  );
});

test('a citation of a revised readout names the version it quotes, at that version’s address', async ({
  page,
}) => {
  for (const [path, captured, date] of [
    [readout, '2023-04-02', 'April 2, 2023'],
    [version('2023-03-10'), '2023-03-10', 'March 10, 2023'],
  ] as const) {
    await page.goto(path);
    await page.getByText(/^Cite this (readout|version)$/).click();
    await expect(
      page.getByText(`, version of ${date}. Diplomatic Readouts, `).first(),
    ).toContainText(version(captured));
  }
});

test('what changed: each paragraph side by side, words removed and added marked, each linked in both versions', async ({
  page,
}) => {
  await page.goto(readout);
  await page.getByRole('link', { name: 'what changed' }).click();
  await expect(page).toHaveURL(`${readout}changes/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'from the version of 15 March 2023 to that of 2 April 2023 (current)',
  );
  await expect(page.getByRole('heading', { level: 2, name: /added$/ })).toHaveText(
    'Para. 1 of “3. Climate change”: added',
  );
  await page.goto(`${readout}changes/2023-03-10/2023-04-02/`);
  const name = page.getByRole('region', {
    name: 'Para. 1 of “1. Defence and security cooperation”: changed',
  });
  await expect(name.locator('del')).toHaveText('removed: Wang');
  await expect(name.locator('ins')).toHaveText('added: Wong');
  await name.getByRole('link', { name: /^Version of 10 March 2023/ }).click();
  await expect(page).toHaveURL(`${version('2023-03-10')}#security-cooperation-p1`);
  await expect(page.locator('#security-cooperation-p1')).toContainText('Minister Wang stated');
});

test('the search finds the current text only', async ({ page }) => {
  await page.goto('/search/?q=Security+Council');
  await expect(
    page.locator('#search-results > li').getByRole('link', { name: /Hayashi.*Wong|Hayashi holds/ }),
  ).not.toHaveCount(0);
  await page.goto('/search/?q=Wang');
  await expect(page.getByRole('status')).toHaveText('No results for “Wang”');
});

test('search narrows to the readouts their publishers revised, and a result says so', async ({
  page,
}) => {
  await page.goto('/search/?q=Hayashi');
  const results = searchResults(page);
  await firstResultsListed(page);
  const all = await results.count();
  await page.getByText('Filter by topic, participant, year, kind, publisher, revisions').click();
  const revisions = page
    .getByRole('group', { name: 'Filters' })
    .getByRole('group', { name: 'Revisions', exact: true });
  await revisions.getByRole('checkbox', { name: /^Revised by the publisher/ }).check();
  await expect(page).toHaveURL(/versions=Revised/);
  await expect(results).toHaveCount(1);
  expect(all).toBeGreaterThan(1);
  await expect(results).toContainText('Revised by the publisher: 4 versions: what changed');
  await results.getByRole('link', { name: 'what changed' }).click();
  await expect(page).toHaveURL(`${readout}changes/`);
});

test('the readout’s JSON export carries every version, and fits its schema', async ({
  request,
}) => {
  const data = (await (await request.get(`${readout.replace(/\/$/, '')}.json`)).json()) as {
    versions: {
      captured: string;
      current: boolean;
      url: string;
      sections: { paragraphs: { text: string }[] }[];
    }[];
  };
  expect(
    data.versions.map(({ captured, current }) => `${captured}${current ? ' (current)' : ''}`),
  ).toEqual(['2023-03-10', '2023-03-11', '2023-03-15', '2023-04-02 (current)']);
  expect(data.versions[0]?.sections[1]?.paragraphs[1]?.text).toBe(removed);
  const validate = await readoutSchema(request);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
});

test('a revision is an item of the feeds: “Revised: …”, pointing at what changed', async ({
  request,
}) => {
  for (const feed of ['/feed.xml', '/topics/north-korea/feed.xml']) {
    const xml = await (await request.get(feed)).text();
    expect(xml).toContain(
      '<title>Revised: Minister for Foreign Affairs Hayashi holds a Japan-Australia Foreign Ministers&apos; Meeting with Minister for Foreign Affairs Wong</title>',
    );
    expect(xml).toContain(`${readout}changes/2023-03-11/2023-03-15/</link>`);
  }
});

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [kind, path] of [
      ['changes', `${readout}changes/2023-03-10/2023-04-02/`],
      ['earlier version', version('2023-03-11')],
      ['revised readout', readout],
    ] as const)
      test(`the ${kind} page has no WCAG 2.2 AA violations, and reads well on a phone and a desk`, async ({
        page,
      }) => {
        await page.goto(path);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await page.evaluate(findGluedText)).toEqual([]);
        for (const width of [320, 390, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          const faults = await page.evaluate(findLayoutFaults);
          expect(faults.map((fault) => `${String(width)} px: ${fault}`)).toEqual([]);
        }
      });
  });
