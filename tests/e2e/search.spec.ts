import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { seedPath } from '../support/source.ts';

const resultLinks = (page: Page) => page.locator('#search-results').getByRole('link');
const results = (page: Page) => page.locator('#search-results > li');
/** The line under a result's meeting that names the section it opens. */
const bestSection = (page: Page) => results(page).first().getByRole('paragraph').first();

test('Enter in the header’s search box opens the search page with the query', async ({ page }) => {
  await page.goto(seedPath);
  await page.getByRole('searchbox', { name: 'Search the readouts' }).fill('Minsk');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=Minsk');
  await expect(bestSection(page)).toHaveText('5. Russia and Ukraine');
});

test('"/" focuses the search box from any page', async ({ page }) => {
  await page.goto('/topics/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the readouts' })).toBeFocused();
  await page.goto('/search/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toBeFocused();
});

test('the address follows what the reader types, and reopens the same search', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Words to find' }).pressSequentially('Henoko');
  await expect(page).toHaveURL('/search/?q=Henoko');
  await expect(bestSection(page)).toHaveText('1. Japan-U.S. relations');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('Henoko');
  await expect(bestSection(page)).toHaveText('1. Japan-U.S. relations');
});

test('while the reader types, a word is searched from its third letter, a shorter one after a pause', async ({
  page,
}) => {
  // The index loaded first, so that any search asked while typing would show its results.
  await page.goto('/search/?q=TPP');
  await expect(bestSection(page)).toHaveText('4. TPP');
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await box.fill('');
  await page.locator('#search-status').evaluate((status) => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => seen.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await box.pressSequentially('Minsk', { delay: 60 });
  await expect(page.locator('#search-status')).toHaveText('1 result for “Minsk”');
  await expect(bestSection(page)).toHaveText('5. Russia and Ukraine');
  const statuses = await page.evaluate(
    () => (window as unknown as { statuses: string[] }).statuses,
  );
  expect(statuses.filter((status) => / for “Mi?”$/.test(status))).toEqual([]);
  await box.fill('');
  await box.pressSequentially('Xi');
  await expect(page.locator('#search-status')).toHaveText(/results? for “Xi”$/);
  await expect(resultLinks(page).first()).toBeVisible();
});

test('the search index is sent brotli-compressed to browsers that accept it, gzip to others', async ({
  page,
  request,
}) => {
  const encodings: Record<string, string> = {};
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (/^\/pagefind\/.*(\.js|\.pagefind|\.pf_\w+)$/.test(pathname))
      encodings[pathname.replace(/_\w+\./, '_*.')] =
        response.headers()['content-encoding'] ?? 'none';
  });
  await page.goto('/search/?q=TPP');
  await expect(bestSection(page)).toHaveText('4. TPP');
  expect(encodings).toEqual({
    '/pagefind/pagefind.js': 'br',
    '/pagefind/pagefind-worker.js': 'br',
    '/pagefind/wasm.en.pagefind': 'br',
    '/pagefind/pagefind.en_*.pf_meta': 'br',
    '/pagefind/index/en_*.pf_index': 'br',
    '/pagefind/fragment/en_*.pf_fragment': 'br',
  });
  const gzipOnly = await request.get('/pagefind/wasm.en.pagefind', {
    headers: { 'accept-encoding': 'gzip' },
  });
  expect(gzipOnly.headers()['content-encoding']).toBe('gzip');
});

test('a result is titled by its meeting, with the section, the readout and an excerpt beneath', async ({
  page,
}) => {
  await page.goto('/search/?q=Minsk');
  const result = results(page).first();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(
    'Shinzo Abe and Joe Biden, 21 September 2016',
  );
  await expect(bestSection(page)).toHaveText('5. Russia and Ukraine');
  await expect(result).toContainText(
    'Prime Minister Abe receives a courtesy call from Vice President Biden',
  );
  await expect(result.locator('mark')).toHaveText(['Minsk']);
  await expect(result.getByRole('link').first()).toHaveAttribute('href', /#russia-ukraine$/);
});

test('a result lists the other sections of its readout that hold the words', async ({ page }) => {
  await page.goto('/search/?q=Prime%20Minister%20Abe');
  const also = results(page).first().getByRole('list', { name: 'Also in this readout' });
  await expect(also.getByRole('link')).toHaveCount(2);
  for (const link of await also.getByRole('link').all())
    await expect(link).toHaveAttribute('href', new RegExp(`^${seedPath}\\?highlight=.+#[a-z-]+$`));
});

test('the number of results is announced', async ({ page }) => {
  await page.goto('/search/?q=TPP');
  await expect(page.getByRole('status')).toHaveText('1 result for “TPP”');
});

test('opening a result highlights the words on the section and brings the first into view', async ({
  page,
}) => {
  await page.goto('/search/?q=abductions');
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(`${seedPath}?highlight=abductions#north-korea`);
  const mark = page.locator('mark.search-highlight');
  await expect(mark).toHaveText(['abductions']);
  await expect(mark).toBeInViewport();
  expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );
});

test('each section appears once, and only at its place in the full readout', async ({ page }) => {
  for (const query of ['Prime Minister Abe', 'Japan', 'sanctions']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(resultLinks(page).first()).toBeVisible();
    const hrefs = await resultLinks(page).evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash),
    );
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${seedPath}(#[a-z-]+)?$`));
  }
});

test('filters narrow the results, show counts, and are kept in the address', async ({ page }) => {
  await page.goto('/search/?q=Prime%20Minister%20Abe');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.getByText('Filter by topic, participant, year, kind').click();
  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(filters.getByRole('checkbox', { name: /^China \(1\)$/ })).toBeVisible();
  await filters.getByRole('checkbox', { name: /^China/ }).check();
  await expect(results(page)).toHaveCount(1);
  await expect(bestSection(page)).toHaveText('3. China');
  await expect(page).toHaveURL('/search/?q=Prime+Minister+Abe&topic=China');
  await page.reload();
  await expect(filters.getByRole('checkbox', { name: /^China/ })).toBeChecked();
  await expect(results(page)).toHaveCount(1);
  await expect(bestSection(page)).toHaveText('3. China');
});

test('an address with a filter the search no longer has says so, and searches without it', async ({
  page,
}) => {
  await page.goto('/search/?q=Minsk&reported=One+side+only');
  await expect(
    page.getByText(
      'This address narrowed the search by “Topic reported by: One side only”, a filter the search no longer has',
    ),
  ).toBeVisible();
  await expect(bestSection(page)).toHaveText('5. Russia and Ukraine');
  await expect(page).toHaveURL('/search/?q=Minsk');
});

test('filters show the options with results first, with counts, and the rest collapsed', async ({
  page,
}) => {
  await page.goto('/search/?q=TPP');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.getByText('Filter by topic, participant, year, kind').click();
  const participants = page.getByRole('group', { name: 'Participant' });
  await expect(participants.getByRole('checkbox', { name: /^Joe Biden \(1\)$/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Words to find' }).fill('xylophone');
  await expect(page.getByRole('status')).toHaveText('No results for “xylophone”');
  await expect(participants.getByRole('checkbox', { name: /^Joe Biden/ })).toBeHidden();
  await participants.getByText('2 more without results').click();
  await expect(participants.getByRole('checkbox', { name: /^Joe Biden \(0\)$/ })).toBeVisible();
});

test('filters by participant, year and kind of meeting', async ({ page }) => {
  await page.goto('/search/?q=Biden');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.getByText('Filter by topic, participant, year, kind').click();
  const filters = page.getByRole('group', { name: 'Filters' });
  for (const name of [/^Joe Biden/, /^2016/, /^courtesy call/])
    await expect(filters.getByRole('checkbox', { name })).toBeVisible();
  const all = await resultLinks(page).count();
  await filters.getByRole('checkbox', { name: /^2016/ }).check();
  await expect(resultLinks(page)).toHaveCount(all);
  await expect(page).toHaveURL(/year=2016/);
});

test('results can be ordered by year, kept in the address', async ({ page }) => {
  await page.goto('/search/?q=Japan');
  await expect(resultLinks(page).first()).toBeVisible();
  const byRelevance = await resultLinks(page).allTextContents();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('Year, newest first');
  await expect(page).toHaveURL('/search/?q=Japan&sort=newest');
  // One readout of one year: the same results, whichever the order.
  await expect(resultLinks(page)).toHaveText(byRelevance);
});

test('arrow keys move through the results and Escape clears the search', async ({ page }) => {
  await page.goto('/search/?q=Japan');
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await expect(resultLinks(page).nth(1)).toBeVisible();
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page).toHaveURL('/search/');
});

test('reading pages fetch nothing from the search index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  for (const path of ['/', seedPath, `${seedPath}tpp/`, '/topics/tpp/', '/people/joe-biden/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});

test('searching loads the index only once the reader uses the search box', async ({ page }) => {
  const console = watchConsole(page);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Words to find' }).fill('TPP');
  await expect(bestSection(page)).toHaveText('4. TPP');
  expect(fetched).toContain('/pagefind/pagefind.js');
  console.expectNone();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and offers the topic index', async ({ page }) => {
    await page.goto('/search/?q=TPP');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    // No filters or sorting that could not work.
    await expect(page.getByText('Filter by topic, participant, year, kind')).toBeHidden();
    await expect(page.getByLabel('Sort by')).toBeHidden();
    await page.getByRole('link', { name: 'topic index' }).click();
    await expect(page).toHaveURL('/topics/');
  });
});

test('the index holds the text, not the page’s navigation, labels or buttons', async ({ page }) => {
  // Words of the page around the text (skip link, labels, buttons, kicker, pager), none of which the text uses.
  for (const chrome of [
    'Skip',
    'paragraph',
    'Copy',
    'Breadcrumb',
    'published',
    'Previous',
    'Permalink',
    'editorial',
    'Readouts',
  ]) {
    await page.goto(`/search/?q=${encodeURIComponent(chrome)}`);
    await expect(page.getByRole('status')).toHaveText(`No results for “${chrome}”`);
  }
});

test('an alias from the topic data finds its section even where the text never uses it', async ({
  page,
}) => {
  await page.goto('/search/?q=Kuril%20Islands');
  await expect(results(page)).toHaveCount(1);
  await expect(bestSection(page)).toHaveText('5. Russia and Ukraine');
});

test('the filters’ data loads only when the reader opens the filters, or the address holds one', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/?q=Japan');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
  await page.getByText('Filter by topic, participant, year, kind').click();
  await expect(
    page.getByRole('group', { name: 'Filters' }).getByRole('checkbox').first(),
  ).toBeVisible();
  expect(fetched.filter((path) => path.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
  await page.goto('/search/?q=Japan&topic=China');
  await expect(
    page.getByRole('group', { name: 'Filters' }).getByRole('checkbox', { name: /^China/ }),
  ).toBeChecked();
});

test('a search opened from its address moves nothing on the page as its results arrive', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/?q=North+Korea');
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});
