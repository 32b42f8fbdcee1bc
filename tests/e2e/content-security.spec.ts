import { expect, test, type Page } from '@playwright/test';
import { seedPath } from '../support/source.ts';

// Records every Content Security Policy violation the page reports.
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('every page declares a strict policy: hashed scripts only, no unsafe-inline', async ({
  page,
}) => {
  for (const path of ['/', seedPath, `${seedPath}tpp/`, '/search/', '/topics/tpp/']) {
    await page.goto(path);
    const policy =
      (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ??
      '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
  }
});

test('reading, copying and searching raise no policy violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await recordViolations(page);
  await page.goto(seedPath);
  await page.getByRole('button', { name: 'Copy link to “4. TPP”' }).click();
  await page.getByText('Cite this readout').click();
  expect(await violations()).toEqual([]);
  await page.goto('/search/?q=TPP');
  await page.getByText('Filter by topic, participant, year, kind').click();
  await page.getByRole('checkbox', { name: /^Trans-Pacific Partnership/ }).check();
  await page.locator('#search-results a').first().click();
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('an inline script that the policy does not list is blocked', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(seedPath);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
  expect(
    await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
  ).toBeUndefined();
});
