import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessibilityViolations } from '../support/axe.ts';
import { watchConsole } from '../support/console.ts';
import { findGluedText } from '../support/glued-text.ts';
import { findLayoutFaults } from '../support/layout-faults.ts';
import { readoutSchema } from '../support/readout-schema.ts';

// The fixture site (tests/fixtures/counterparts/site): one telephone talk told by the
// Norvanian ministry in numbered sections and by the Eastmark Department of State in a few
// paragraphs bound to topics, a day apart.
const ministry = 'Ministry of Foreign Affairs of Norvania';
const department = 'Eastmark Department of State';
const ministryPath = '/meetings/2025-03-15-varga-marsh/';
const departmentPath = '/meetings/2025-03-14-marsh-varga/';
const comparisonPath = `${ministryPath}compare/2025-03-14-marsh-varga/`;
const tariffs =
  "The Secretary welcomed Norvania's new gas terminal and urged the lifting of the tariffs both countries levy on liquefied natural gas, which would let Eastmark's exporters supply it.";

const ministryTitle = 'Foreign Minister Varga holds a telephone talk with Secretary of State Marsh';
const departmentTitle = "Secretary Marsh's call with Norvanian Foreign Minister Varga";

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const row = (page: Page, topic: string) => page.getByRole('region', { name: topic });
const side = (region: Locator, publisher: string) => region.getByRole('group', { name: publisher });
const openFilters = (page: Page) =>
  page.getByText('Filter by topic, participant, year, kind, publisher').click();
const facet = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Filters' }).getByRole('group', { name: label, exact: true });

test('a readout with a counterpart says who else reported the meeting, and links to the two side by side', async ({
  page,
}) => {
  await page.goto(departmentPath);
  await expect(page.getByText(`Also reported by ${ministry}:`)).toBeVisible();
  await page.getByRole('link', { name: 'the two accounts side by side' }).click();
  await expect(page).toHaveURL(`${departmentPath}compare/2025-03-15-varga-marsh/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('the accounts of each side');
});

test('each section of a readout with a counterpart says whether the other side reported its topic', async ({
  page,
}) => {
  await page.goto(ministryPath);
  const arctic = page.getByRole('region', { name: '3. Arctic shipping' });
  await expect(arctic.getByText(`Not mentioned by ${department}:`)).toBeVisible();
  const energy = page.getByRole('region', { name: '2. Energy' });
  await expect(energy.getByText(`Also reported by ${department}:`)).toBeVisible();
  await energy.getByRole('link', { name: 'compare the accounts' }).click();
  await expect(page).toHaveURL(`${comparisonPath}#energy`);
  await expect(row(page, 'Energy')).toBeInViewport();
});

test('a readout’s JSON export names the other readouts of its meeting, and still fits its schema', async ({
  request,
}) => {
  const readout = (await (await request.get(`${ministryPath.replace(/\/$/, '')}.json`)).json()) as {
    counterparts: { id: string; publisher: string; comparison: string }[];
  };
  expect(readout.counterparts).toEqual([
    {
      id: '2025-03-14-marsh-varga',
      publisher: department,
      url: expect.stringMatching(new RegExp(`${departmentPath}$`)) as unknown,
      comparison: expect.stringMatching(new RegExp(`${comparisonPath}$`)) as unknown,
    },
  ]);
  const validate = await readoutSchema(request);
  expect(validate(readout), JSON.stringify(validate.errors)).toBe(true);
});

test('a readout without sections lists its paragraphs bound to topics, titled as editorial, each to its anchor and its page', async ({
  page,
}) => {
  await page.goto(departmentPath);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('listitem')).toHaveText([
    /^Para\. 2: Bilateral relations editorial \(own page\)$/,
    /^Para\. 3: Energy, Trade editorial \(own page\)$/,
  ]);
  await contents.getByRole('link', { name: 'Para. 3: Energy, Trade', exact: true }).click();
  await expect(page).toHaveURL(`${departmentPath}#gas-tariffs`);
  await expect(page.locator('#gas-tariffs')).toBeInViewport();
  await contents.getByRole('link', { name: 'Para. 3: Energy, Trade, on its own page' }).click();
  await expect(page).toHaveURL(`${departmentPath}gas-tariffs/`);
});

test('a readout without a counterpart says nothing of one', async ({ page }) => {
  await page.goto('/meetings/2025-02-02-varga-lind/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Also reported by')).toHaveCount(0);
});

test('the summary gives the topics in both accounts and in one only, with both publishers, dates and originals', async ({
  page,
}) => {
  await page.goto(comparisonPath);
  const summary = page.getByRole('article');
  for (const [publisher, date, original] of [
    [ministry, '15 March 2025', 'https://mfa.norvania.example/en/press/2025/0315-eastmark.html'],
    [
      department,
      '14 March 2025',
      'https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga',
    ],
  ] as const) {
    await expect(summary.getByRole('heading', { name: publisher, level: 2 })).toBeVisible();
    await expect(summary.getByText(date).first()).toBeVisible();
    await expect(summary.getByRole('link', { name: original })).toHaveAttribute('href', original);
  }
  const topicsOf = (name: string) =>
    page.getByRole('term').filter({ hasText: name }).locator('xpath=following-sibling::dd[1]');
  await expect(topicsOf('Reported by both').getByRole('link')).toHaveText([
    'Bilateral relations',
    'Energy',
  ]);
  await expect(topicsOf(`Reported only by ${ministry}`).getByRole('link')).toHaveText([
    'Arctic shipping',
  ]);
  await expect(topicsOf(`Reported only by ${department}`).getByRole('link')).toHaveText(['Trade']);
});

test('each topic is a row: what each side said on it, verbatim, or that it is silent', async ({
  page,
}) => {
  await page.goto(comparisonPath);
  const energy = row(page, 'Energy');
  await expect(side(energy, ministry)).toContainText(
    "Minister Varga explained Norvania's plan to open a second gas terminal",
  );
  await expect(side(energy, department).getByRole('paragraph')).toHaveText(
    `${tariffs} In its readout: para. 3`,
  );
  await expect(side(row(page, 'Arctic shipping'), department).getByRole('paragraph')).toHaveText(
    'Not mentioned in this account. editorial',
  );
  await expect(side(row(page, 'Trade'), ministry)).toContainText('Not mentioned in this account.');
  // A paragraph bound to two topics stands in both rows.
  await expect(side(row(page, 'Trade'), department).getByRole('paragraph')).toHaveText(
    `${tariffs} In its readout: para. 3`,
  );
  await expect(page.getByRole('region')).toHaveText([
    /^How each account opens/,
    /^Bilateral relations/,
    /^Energy/,
    /^Arctic shipping/,
    /^Trade/,
    /^Text on no topic/,
  ]);
});

test('each quoted paragraph links to its permalink in its own readout, where the text is the same', async ({
  page,
}) => {
  await page.goto(comparisonPath);
  const quoted = side(row(page, 'Energy'), ministry).getByRole('paragraph');
  const text = (await quoted.textContent())?.replace(/\s*In its readout:.*$/, '');
  await quoted.getByRole('link', { name: 'In its readout: 2. Energy, para. 1' }).click();
  await expect(page).toHaveURL(`${ministryPath}#energy-p1`);
  await expect(page.locator('#energy-p1')).toContainText(text ?? 'no text');
  await page.goBack();
  await side(row(page, 'Energy'), department).getByRole('link').click();
  await expect(page).toHaveURL(`${departmentPath}#gas-tariffs`);
  await expect(page.locator('#gas-tariffs')).toContainText(tariffs);
});

test('every topic row has its own anchor, and the summary links to it', async ({ page }) => {
  await page.goto(`${comparisonPath}#trade`);
  await expect(row(page, 'Trade')).toBeInViewport();
  await expect(row(page, 'Trade')).toHaveAttribute('id', 'trade');
  await page.goto(comparisonPath);
  await page.getByRole('definition').getByRole('link', { name: 'Arctic shipping' }).click();
  await expect(page).toHaveURL(`${comparisonPath}#arctic-shipping`);
  await expect(row(page, 'Arctic shipping')).toBeInViewport();
});

test('on a desk the two accounts of a topic stand side by side, level', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(comparisonPath);
  const left = await side(row(page, 'Energy'), ministry).boundingBox();
  const right = await side(row(page, 'Energy'), department).boundingBox();
  expect(right?.x).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0));
  expect(right?.y).toBe(left?.y);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the accounts of a topic stand one after the other, and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto(comparisonPath);
    const first = await side(row(page, 'Energy'), ministry).boundingBox();
    const second = await side(row(page, 'Energy'), department).boundingBox();
    expect(second?.x).toBe(first?.x);
    expect(second?.y).toBeGreaterThanOrEqual((first?.y ?? 0) + (first?.height ?? 0));
    expect(await sidewaysOverflow(page)).toBe(0);
  });
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [comparisonPath, departmentPath, `${departmentPath}gas-tariffs/`]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      expect(await sidewaysOverflow(page)).toBe(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the comparison reads in full', async ({ page }) => {
    await page.goto(comparisonPath);
    await expect(side(row(page, 'Trade'), department)).toContainText(tariffs);
    await expect(page.getByRole('region')).toHaveCount(6);
  });
});

test('the comparison is cited with both sources', async ({ page }) => {
  await page.goto(comparisonPath);
  await page.getByText('Cite this comparison').click();
  const chicago = page.locator(
    '#cite_2025-03-15-varga-marsh-compared-2025-03-14-marsh-varga_chicago',
  );
  await expect(chicago).toContainText(
    `${ministry}. “Foreign Minister Varga holds a telephone talk with Secretary of State Marsh.”`,
  );
  await expect(chicago).toContainText(
    `Compared with ${department}. “Secretary Marsh's call with Norvanian Foreign Minister Varga.” March 14, 2025.`,
  );
  await expect(chicago).toContainText(comparisonPath);
  await expect(chicago).toContainText(
    'Originally published at https://mfa.norvania.example/en/press/2025/0315-eastmark.html and https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga.',
  );
});

test('a topic page tells whether the other side reported each section and paragraph on it', async ({
  page,
}) => {
  await page.goto('/topics/arctic-shipping/');
  await expect(page.getByText(`Not mentioned by ${department}:`)).toBeVisible();
  await page.goto('/topics/trade/');
  await expect(page.getByRole('heading', { name: 'Para. 3: Energy, Trade' })).toBeVisible();
  await expect(page.getByText(`Not mentioned by ${ministry}:`)).toBeVisible();
  await page.goto('/topics/energy/');
  await expect(page.getByText(`Also reported by ${department}:`)).toBeVisible();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Para. 3: Energy, Trade' })
    .getByRole('link', { name: 'compare the accounts' })
    .click();
  await expect(page).toHaveURL(`${departmentPath}compare/2025-03-15-varga-marsh/#energy`);
});

test('search finds a paragraph bound to a topic once, lands on its anchor, and tells of the other account', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/search/?q=tariffs');
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(1);
  // The readout is the record; the paragraph, its sub-result, is where the words are.
  await expect(results).toContainText('Paragraph 3');
  await expect(results).toContainText(`Also reported by ${ministry}: compare the accounts`);
  await results.getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page).toHaveURL(`${departmentPath}?highlight=tariffs#gas-tariffs`);
  console.expectNone();
});

test('search narrows by who reported', async ({ page }) => {
  await page.goto('/search/?q=Secretary');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await openFilters(page);
  const publishers = facet(page, 'Reported by');
  await expect(publishers.getByRole('checkbox')).toHaveCount(2);
  await publishers.getByRole('checkbox', { name: new RegExp(`^${department}`) }).check();
  await expect(page).toHaveURL(/publisher=Eastmark/);
  await expect(results).toHaveCount(1);
  await expect(results).toContainText(departmentTitle);
});

test('the filter of topics only one side reported offers each such topic, and no topic both sides reported', async ({
  page,
}) => {
  await page.goto('/search/');
  await openFilters(page);
  const oneSide = facet(page, 'Topic only one side reported');
  await expect(oneSide.getByRole('checkbox')).toHaveCount(2);
  await expect(oneSide.getByRole('checkbox', { name: 'Arctic shipping' })).toBeVisible();
  await expect(oneSide.getByRole('checkbox', { name: 'Trade' })).toBeVisible();
  // Energy is in both accounts, beside Arctic shipping in one and Trade in the other.
  const bothSides = facet(page, 'Topic both sides reported');
  await expect(bothSides.getByRole('checkbox')).toHaveCount(2);
  await expect(bothSides.getByRole('checkbox', { name: 'Bilateral relations' })).toBeVisible();
  await expect(bothSides.getByRole('checkbox', { name: 'Energy' })).toBeVisible();
});

for (const [topic, title, landing] of [
  ['Trade', departmentTitle, `${departmentPath}#gas-tariffs`],
  ['Arctic shipping', ministryTitle, `${ministryPath}#arctic-shipping`],
] as const) {
  test(`narrowed to ${topic}, reported by one side only, search lists that side’s readout and opens its text on ${topic}`, async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.goto('/search/');
    await openFilters(page);
    await facet(page, 'Topic only one side reported')
      .getByRole('checkbox', { name: topic })
      .check();
    await expect(page).toHaveURL(`/search/?one-side=${topic.replace(' ', '+')}`);
    const results = page.locator('#search-results > li');
    await expect(results).toHaveCount(1);
    await expect(results).toContainText(title);
    await results.getByRole('heading', { level: 2 }).getByRole('link').click();
    await expect(page).toHaveURL(landing);
    await expect(page.locator(`#${landing.split('#')[1] ?? ''}`)).toBeInViewport();
    console.expectNone();
  });
}

test('narrowed to a topic both sides reported, search lists both readouts, each opening its own text on it', async ({
  page,
}) => {
  await page.goto('/search/?both-sides=Energy&sort=newest');
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(2);
  const links = results.getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links.first()).toHaveAttribute('href', `${ministryPath}#energy`);
  await expect(links.last()).toHaveAttribute('href', `${departmentPath}#gas-tariffs`);
});

test('narrowed to a topic, a result from a readout without sections opens its paragraph on the topic', async ({
  page,
}) => {
  await page.goto('/search/?topic=Trade');
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(1);
  await expect(results.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
    'href',
    `${departmentPath}#gas-tariffs`,
  );
});

test('the search filters of sides neither run words together nor crowd their controls, at 320 to 1280 px', async ({
  page,
}) => {
  await page.goto('/search/?q=Secretary&one-side=Trade');
  await expect(page.getByRole('status')).toHaveText('1 result for “Secretary”');
  await expect(facet(page, 'Topic both sides reported')).toBeVisible();
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  expect(await page.evaluate(findGluedText)).toEqual([]);
  for (const width of [320, 390, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const faults = await page.evaluate(findLayoutFaults);
    expect(faults.map((fault) => `${String(width)} px: ${fault}`)).toEqual([]);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [kind, path] of [
      ['comparison', comparisonPath],
      ['readout without sections', departmentPath],
      ['paragraph', `${departmentPath}gas-tariffs/`],
    ] as const) {
      test(`the ${kind} page has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
    test('the search page with the filters of sides has no WCAG 2.2 AA violations', async ({
      page,
    }) => {
      await page.goto('/search/?q=Secretary&one-side=Trade');
      await expect(page.getByRole('status')).toHaveText('1 result for “Secretary”');
      await expect(facet(page, 'Topic only one side reported')).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}
