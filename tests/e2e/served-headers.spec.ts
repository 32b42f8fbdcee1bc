import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtFiles } from '../../src/checks/built-files.ts';
import { headersFor, parseHeadersFile } from '../../src/serve/headers-file.ts';
import { seedPath } from '../support/source.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'), 'public/_headers');
const addresses = [
  '/',
  ...(await builtFiles('dist', ['.html', '.js', '.svg', '.xml', '.json'])).map(
    (file) => `/${file}`,
  ),
  '/pagefind/pagefind.js',
];

for (const rule of rules) {
  test(`every header _headers declares for ${rule.pattern} arrives with it`, async ({
    request,
  }) => {
    const address = addresses.find((candidate) => rule.matches.test(candidate));
    expect(address, `a built file matches ${rule.pattern}`).toBeDefined();
    const response = await request.get(address ?? '');
    const expected = headersFor(rules, address ?? '');
    for (const [name, value] of rule.headers) {
      expect(response.headers()[name], `${name} of ${address ?? ''}`).toBe(expected[name]);
      expect(expected[name]).toContain(value);
    }
  });
}

test('a page refuses to be shown in a frame on another site', async ({ page }) => {
  const target = new URL(seedPath, test.info().project.use.baseURL).href;
  // Another origin, answered by the test itself: a page that frames the readout.
  await page.route('http://elsewhere.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${target}"></iframe>` }),
  );
  await page.goto('http://elsewhere.test/');
  // Chromium puts its error page in place of a frame it refuses.
  await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
  await expect(
    page.frameLocator('iframe').getByRole('heading', { name: /Prime Minister Abe/ }),
  ).toHaveCount(0);
});

test('without the policy the same page does load in a frame, so the test above can fail', async ({
  page,
}) => {
  const target = new URL(seedPath, test.info().project.use.baseURL).href;
  await page.route(target, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.route('http://elsewhere.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${target}"></iframe>` }),
  );
  await page.goto('http://elsewhere.test/');
  await expect(
    page.frameLocator('iframe').getByRole('heading', { name: /Prime Minister Abe/ }),
  ).toBeVisible();
});
