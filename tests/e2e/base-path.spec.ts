import { expect, test } from '@playwright/test';

// This project runs against the site built with SITE_URL=https://example.org and
// BASE_PATH=/readouts/ (`npm run build:readouts`), served under /readouts/. Paths here are
// relative to http://localhost:4323/readouts/.
const site = 'https://example.org/readouts/';

test('every page and every internal link, asset and fragment works under the base path', async ({
  page,
  request,
  baseURL,
}) => {
  const root = new URL(baseURL ?? '');
  const seen = new Set<string>();
  const queue = [root.pathname];
  const failures: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    // A browser downloads an RIS file rather than open it: it is fetched.
    if (path.endsWith('.ris')) {
      const file = await request.get(new URL(path, root).href);
      if (!file.ok()) failures.push(`${path}: ${String(file.status())}`);
      continue;
    }
    const response = await page.goto(new URL(path, root).href);
    if (!response?.ok()) failures.push(`${path}: ${String(response?.status())}`);
    if (!response?.headers()['content-type']?.includes('text/html')) continue;
    const targets = await page
      .locator('[href], [src]')
      .evaluateAll((elements) =>
        elements.map(
          (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
        ),
      );
    for (const target of targets) {
      const url = new URL(target, new URL(path, root));
      if (url.origin !== root.origin) continue;
      if (!url.pathname.startsWith(root.pathname))
        failures.push(`${path} links outside the base path: ${target}`);
      else if (
        url.hash &&
        url.pathname === new URL(path, root).pathname &&
        (await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count()) === 0
      )
        failures.push(`${path}: no element for ${url.hash}`);
      else if (!/\.(json|md|xml|txt|svg|ris)$/.test(url.pathname) || !seen.has(url.pathname))
        queue.push(url.pathname);
    }
  }
  expect(failures).toEqual([]);
  expect(seen.size).toBeGreaterThan(20);
  expect((await request.get('pagefind/pagefind.js')).ok()).toBe(true);
});

test('canonical addresses, citations and exports use the configured site and base path', async ({
  page,
  request,
}) => {
  await page.goto('meetings/2016-09-21-abe-biden/tpp/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${site}meetings/2016-09-21-abe-biden/tpp/`,
  );
  await expect(page.locator('meta[name="citation_public_url"]')).toHaveAttribute(
    'content',
    `${site}meetings/2016-09-21-abe-biden/#tpp`,
  );
  await page.getByText('Cite this section').click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-tpp_chicago')).toContainText(
    `Diplomatic Readouts, ${site}meetings/2016-09-21-abe-biden/#tpp (accessed`,
  );
  // On the readout's page the section's citation is written by a script from the readout's.
  await page.goto('meetings/2016-09-21-abe-biden/');
  await page
    .getByRole('region')
    .filter({ has: page.locator('h2#tpp') })
    .getByText('Cite this section')
    .click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-tpp_bibtex')).toContainText(
    `url = {${site}meetings/2016-09-21-abe-biden/#tpp}`,
  );
  const exported = (await (await request.get('meetings/2016-09-21-abe-biden.json')).json()) as {
    url: string;
    sections: { url: string }[];
  };
  expect(exported.url).toBe(`${site}meetings/2016-09-21-abe-biden/`);
  expect(exported.sections[3]?.url).toBe(`${site}meetings/2016-09-21-abe-biden/#tpp`);
  expect(await (await request.get('meetings/2016-09-21-abe-biden.ris')).text()).toContain(
    `\nUR  - ${site}meetings/2016-09-21-abe-biden/\n`,
  );
});

test('the feed and the sitemap give addresses under the base path', async ({ request }) => {
  expect(await (await request.get('feed.xml')).text()).toContain(
    `<link>${site}meetings/2016-09-21-abe-biden/</link>`,
  );
  expect(await (await request.get('robots.txt')).text()).toContain(
    `Sitemap: ${site}sitemap-index.xml`,
  );
  expect(await (await request.get('sitemap-0.xml')).text()).toContain(
    `<loc>${site}meetings/2016-09-21-abe-biden/tpp/</loc>`,
  );
});

test('search works under the base path and its results land on the section', async ({ page }) => {
  await page.goto('search/?q=Minsk');
  const first = page.locator('#search-results').getByRole('link').first();
  await expect(first).toHaveAttribute(
    'href',
    '/readouts/meetings/2016-09-21-abe-biden/?highlight=Minsk#russia-ukraine',
  );
  await first.click();
  await expect(page.locator('mark.search-highlight')).toHaveText(['Minsk']);
  await page.goto('search/?q=Biden%20courtesy');
  await expect(page.locator('#search-results').getByRole('link').first()).toBeVisible();
  const hrefs = await page
    .locator('#search-results')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/readouts\/meetings\//);
});

test('the header search box and "/" work under the base path', async ({ page }) => {
  await page.goto('topics/');
  await page.keyboard.press('/');
  await page.keyboard.type('TPP');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/readouts\/search\/\?q=TPP$/);
  const first = page.locator('#search-results > li').first();
  await expect(first.getByRole('link').first()).toHaveAttribute(
    'href',
    '/readouts/meetings/2016-09-21-abe-biden/?highlight=TPP#tpp',
  );
  await expect(first).toContainText('4. TPP');
});
