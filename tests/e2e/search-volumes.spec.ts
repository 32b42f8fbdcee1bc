import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { SearchVolume, VolumesFile } from '../../src/search/volumes.ts';
import { watchConsole } from '../support/console.ts';
import { firstResultsListed, searchResults } from '../support/search-results.ts';

// A synthetic archive of 150 readouts, 2000 to 2025, whose search index is split into volumes
// of at most 40 readouts (`npm run build:volumes`): a first search fetches the newest volume
// only, and an older one is searched when the results shown reach it or the reader's years
// are in it. Every readout's opening says "commencing" ("commencing at around 10:15").
const everyReadout = 'commencing';

const status = (page: Page) => page.locator('#search-status');
const results = searchResults;
const showMore = (page: Page) => page.getByRole('button', { name: 'Show more results' });
/** The year of each result shown, from its heading ("… and …, 21 September 2016"). */
const yearsShown = async (page: Page) =>
  (await results(page).getByRole('heading', { level: 2 }).allTextContents()).map((heading) =>
    heading.slice(-4),
  );

/** The volumes of the index, newest first, as the search page reads them. */
const volumesOf = async (request: APIRequestContext): Promise<SearchVolume[]> =>
  ((await (await request.get('/pagefind/volumes.json')).json()) as VolumesFile).volumes;
const span = ({ years }: SearchVolume) => `${years.at(-1) ?? ''}–${years[0] ?? ''}`;

/** The volumes whose index a page loads from now on (each loads its metadata first). */
function volumesLoaded(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (request) => {
    const path = /^\/(pagefind\/(?:[\d-]+\/)?)pagefind\.[^/]+\.pf_meta$/.exec(
      new URL(request.url()).pathname,
    )?.[1];
    if (path) loaded.push(path);
  });
  return loaded;
}

test('a first search loads the newest volume only, and says which years it counted', async ({
  page,
  request,
}) => {
  const console = watchConsole(page);
  const [newest, second] = await volumesOf(request);
  if (!newest || !second) throw new Error('The archive should make two volumes at least.');
  const loaded = volumesLoaded(page);
  await page.goto(`/search/?q=${everyReadout}`);
  await expect(status(page)).toHaveText(
    `${String(newest.readouts)} results in ${span(newest)} for “${everyReadout}”`,
  );
  await expect(results(page)).toHaveCount(10);
  for (const year of await yearsShown(page)) expect(newest.years).toContain(year);
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([newest.path]);
  console.expectNone();
});

test('the next volume is searched when the results shown reach it, its results after the newest’s', async ({
  page,
  request,
}) => {
  const [newest, second] = await volumesOf(request);
  if (!newest || !second) throw new Error('The archive should make two volumes at least.');
  const loaded = volumesLoaded(page);
  await page.goto(`/search/?q=${everyReadout}`);
  await expect(results(page)).toHaveCount(10);
  while ((await results(page).count()) < newest.readouts) {
    const shown = await results(page).count();
    await showMore(page).click();
    await expect(results(page)).toHaveCount(Math.min(shown + 10, newest.readouts));
  }
  expect(loaded).toEqual([newest.path]);
  await showMore(page).click();
  await expect(status(page)).toHaveText(
    `${String(newest.readouts + second.readouts)} results in ${second.years.at(-1) ?? ''}–${newest.years[0] ?? ''} for “${everyReadout}”`,
  );
  await expect(results(page)).toHaveCount(newest.readouts + 10);
  const years = await yearsShown(page);
  for (const year of years.slice(0, newest.readouts)) expect(newest.years).toContain(year);
  for (const year of years.slice(newest.readouts)) expect(second.years).toContain(year);
  expect(loaded).toEqual([newest.path, second.path]);
});

test('a year the reader chose is searched in its volume alone', async ({ page, request }) => {
  const oldest = (await volumesOf(request)).at(-1);
  const year = oldest?.years[0];
  if (!oldest || !year) throw new Error('The archive has no volume.');
  const loaded = volumesLoaded(page);
  await page.goto(`/search/?q=${everyReadout}&year=${year}`);
  await expect(status(page)).toHaveText(/^\d+ results? for “commencing”$/);
  await firstResultsListed(page);
  expect(new Set(await yearsShown(page))).toEqual(new Set([year]));
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([oldest.path]);
});

test('ordered oldest first, the search starts from the oldest volume', async ({
  page,
  request,
}) => {
  const oldest = (await volumesOf(request)).at(-1);
  if (!oldest) throw new Error('The archive has no volume.');
  const loaded = volumesLoaded(page);
  await page.goto(`/search/?q=${everyReadout}&sort=oldest`);
  await expect(status(page)).toHaveText(
    `${String(oldest.readouts)} results in ${span(oldest)} for “${everyReadout}”`,
  );
  await firstResultsListed(page);
  const years = await yearsShown(page);
  expect(years[0]).toBe(oldest.years.at(-1));
  expect(years).toEqual([...years].sort());
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([oldest.path]);
});

test('the filters list every year of the archive, and say which years their counts are of', async ({
  page,
  request,
}) => {
  const volumes = await volumesOf(request);
  const [newest] = volumes;
  const oldest = volumes.at(-1);
  if (!newest || !oldest) throw new Error('The archive has no volume.');
  await page.goto(`/search/?q=${everyReadout}`);
  await expect(results(page).first()).toBeVisible();
  await page.getByText('Filter by topic, participant, year, kind').click();
  const years = page.getByRole('group', { name: 'Year' });
  const note = page.getByText(`Counted in ${span(newest)}, the years searched so far`);
  await expect(note).toBeVisible();
  // The years of the volumes not searched yet have no results counted.
  await years.getByText(/more without results/).click();
  await expect(years.getByRole('checkbox')).toHaveCount(volumes.flatMap((v) => v.years).length);
  await years.getByRole('checkbox', { name: new RegExp(`^${oldest.years[0] ?? ''}`) }).check();
  await expect(status(page)).toHaveText(/^\d+ results? for “commencing”$/);
  await expect(note).toBeHidden();
});

test('a result of an older volume, narrowed to a topic, opens its readout at the section on it', async ({
  page,
  request,
}) => {
  const year = (await volumesOf(request)).at(-1)?.years[0];
  if (!year) throw new Error('The archive has no volume.');
  await page.goto(`/search/?year=${year}`);
  await expect(results(page).first()).toBeVisible();
  const topic = page
    .getByRole('group', { name: 'Topic', exact: true })
    .locator('.facet-options')
    .getByRole('checkbox')
    .first();
  const title = ((await topic.getAttribute('value')) ?? '').trim();
  await topic.check();
  // The status read "… results" before the topic was chosen too: wait for the narrowed results,
  // whose first link opens a section.
  await expect(page).toHaveURL(/[?&]topic=/);
  const link = results(page).first().getByRole('link').first();
  await expect(link).toHaveAttribute('href', /#./);
  const anchor = new URL((await link.getAttribute('href')) ?? '', page.url()).hash.slice(1);
  expect(anchor).not.toBe('');
  await link.click();
  await expect(page.locator(`[id="${anchor}"]`)).toContainText(title);
  expect(page.url()).toContain(`/meetings/${year}-`);
});
