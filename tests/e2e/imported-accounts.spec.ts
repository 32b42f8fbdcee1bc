import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations } from '../support/axe.ts';

// The archive an editor makes by importing a folder of readouts (`npm run build:imported`): both
// sides of six meetings, MOFA's and another government's, each imported with nothing but its
// "Source:" line and paired by the importer.
const mofa = 'Ministry of Foreign Affairs of Japan';

interface Pair {
  meeting: string;
  mofa: string;
  other: string;
  publisher: string;
  both: string[];
  onlyMofa: string[];
  onlyOther: string[];
}

// How a careful reader sorts what each side reported, topic by topic.
const pairs: Pair[] = [
  {
    meeting: 'Abe–Johnson call, 2 September 2020',
    mofa: '2020-09-02-abe-johnson',
    other: '2020-09-02-johnson-abe',
    publisher: 'Prime Minister’s Office, 10 Downing Street',
    both: ['Trade and economic partnership agreements', 'COVID-19'],
    onlyMofa: ['North Korea'],
    onlyOther: ['Hong Kong'],
  },
  {
    meeting: 'Suga–Trudeau call, 2 and 3 February 2021',
    mofa: '2021-02-03-suga-trudeau',
    other: '2021-02-02-trudeau-suga',
    publisher: 'Prime Minister of Canada',
    both: ['Free and open Indo-Pacific', 'Tokyo Olympic and Paralympic Games', 'COVID-19', 'China'],
    onlyMofa: [],
    onlyOther: ['Trans-Pacific Partnership (TPP)'],
  },
  {
    meeting: 'Suga–Biden call, 27 and 28 January 2021',
    mofa: '2021-01-28-suga-biden',
    other: '2021-01-27-biden-suga',
    publisher: 'The White House',
    both: [
      'Japan–U.S. relations',
      'China',
      'Free and open Indo-Pacific',
      'North Korea',
      'Climate change',
      'COVID-19',
    ],
    onlyMofa: [],
    onlyOther: [],
  },
  {
    meeting: 'Motegi–Blinken call, 26 and 27 January 2021',
    mofa: '2021-01-27-motegi-blinken',
    other: '2021-01-26-blinken-motegi',
    publisher: 'U.S. Department of State',
    both: ['Japan–U.S. relations', 'China', 'North Korea'],
    onlyMofa: [],
    onlyOther: ['Free and open Indo-Pacific'],
  },
  {
    meeting: 'Kishida–Xi call, 8 October 2021',
    mofa: '2021-10-08-kishida-xi',
    other: '2021-10-08-xi-kishida',
    publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
    both: ['China', 'North Korea'],
    onlyMofa: [],
    onlyOther: [],
  },
  {
    meeting: 'Kishida–Albanese meeting in Perth, 22 October 2022',
    mofa: '2022-10-22-kishida-albanese',
    other: '2022-10-22-albanese-kishida',
    publisher: 'Prime Minister of Australia',
    both: [
      'Defence and security cooperation',
      'Free and open Indo-Pacific',
      'Russia and Ukraine',
      'Climate change',
    ],
    onlyMofa: [],
    onlyOther: [],
  },
];

const topicsOf = (page: Page, term: string) =>
  page.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');

for (const pair of pairs) {
  test(`the importer pairs the two accounts of the ${pair.meeting}, and the comparison sorts their topics`, async ({
    page,
  }) => {
    await page.goto(`/meetings/${pair.other}/`);
    await expect(page.getByText(`Also reported by ${mofa}:`)).toBeVisible();
    await page.getByRole('link', { name: 'the two accounts side by side' }).click();
    await expect(page).toHaveURL(`/meetings/${pair.other}/compare/${pair.mofa}/`);
    // Each list in the order of the account the comparison puts first: compared as sets.
    const reported = async (term: string, topics: string[]) => {
      await expect(topicsOf(page, term)).toBeVisible();
      expect((await topicsOf(page, term).getByRole('link').allTextContents()).sort()).toEqual(
        [...topics].sort(),
      );
    };
    await reported('Reported by both', pair.both);
    await reported(`Reported only by ${mofa}`, pair.onlyMofa);
    await reported(`Reported only by ${pair.publisher}`, pair.onlyOther);
  });
}

test('a MOFA talk of numbered paragraphs has its North Korea paragraph on the North Korea topic page', async ({
  page,
}) => {
  await page.goto('/topics/north-korea/2021/');
  const talk = page
    .getByRole('listitem')
    .filter({ hasText: 'Prime Minister Kishida holds a summit telephone talk with President Xi' });
  await talk.getByRole('link', { name: 'In the full readout' }).click();
  await expect(page).toHaveURL('/meetings/2021-10-08-kishida-xi/#north-korea');
  await expect(page.locator('#north-korea')).toBeInViewport();
  await expect(
    page.getByText('4. Regarding North Korea, the two leaders agreed to cooperate').first(),
  ).toBeVisible();
});

test('narrowed to North Korea, a search lands on that paragraph of the talk', async ({ page }) => {
  await page.goto('/search/?q=abductions&topic=North+Korea');
  const link = page
    .locator('#search-results > li')
    .getByRole('heading', { level: 2 })
    .getByRole('link', { name: /Kishida.*Xi/ });
  await expect(link).toHaveAttribute('href', /\/meetings\/2021-10-08-kishida-xi\/.*#north-korea$/);
  await link.click();
  await expect(page.locator('#north-korea')).toBeInViewport();
});

test('the imported readouts’ comparison pages have no WCAG 2.2 AA violations', async ({ page }) => {
  const [pair] = pairs;
  await page.goto(`/meetings/${pair?.mofa ?? ''}/compare/${pair?.other ?? ''}/`);
  expect(await accessibilityViolations(page)).toEqual([]);
});
