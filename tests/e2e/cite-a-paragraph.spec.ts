import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { expect, test } from '@playwright/test';
import { pageFetches } from '../support/page-fetches.ts';
import { seedPath } from '../support/source.ts';

const readoutTitle = 'Prime Minister Abe receives a courtesy call from Vice President Biden';

test('a paragraph’s link offers its citation, naming the paragraph and pointing at it', async ({
  page,
}) => {
  await page.goto(seedPath);
  const permalink = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  await page.getByRole('link', { name: 'Link to paragraph 2 (north-korea-p2)' }).click();
  await expect(page).toHaveURL(/#north-korea-p2$/);
  await page.getByText('Cite this paragraph').click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-north-korea-p2_chicago')).toContainText(
    `“${readoutTitle}.” Section “2. North Korea,” para. 2. Japan-United States of America Relations. September 21, 2016. Diplomatic Readouts, ${permalink}#north-korea-p2 (accessed `,
  );
  await expect(page.locator('#cite_2016-09-21-abe-biden-north-korea-p2_bibtex')).toContainText(
    `url = {${permalink}#north-korea-p2}`,
  );
  const item = JSON.parse(
    (await page.locator('#cite_2016-09-21-abe-biden-north-korea-p2_csl-json').textContent()) ?? '',
  ) as { URL: string; accessed: { 'date-parts': number[][] } }[];
  expect(item[0]?.URL).toBe(`${permalink}#north-korea-p2`);
  const now = new Date();
  expect(item[0]?.accessed['date-parts']).toEqual([
    [now.getFullYear(), now.getMonth() + 1, now.getDate()],
  ]);
  for (const template of ['apa', 'vancouver'])
    expect(
      new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' }),
    ).toContain(`${readoutTitle}: 2. North Korea, para. 2`);
});

test('a paragraph before the first section is cited as a paragraph of the readout', async ({
  page,
}) => {
  await page.goto(`${seedPath}#p1`);
  await page.getByText('Cite this paragraph').click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-p1_chicago')).toContainText(
    `“${readoutTitle},” para. 1. Japan-United States of America Relations.`,
  );
  await expect(page.locator('#cite_2016-09-21-abe-biden-p1_chicago')).toContainText(
    `${seedPath}#p1 (accessed `,
  );
});

test('a paragraph’s citation is written in the page, with no other page fetched', async ({
  page,
}) => {
  await page.goto(seedPath);
  const fetched = pageFetches(page);
  for (const n of [1, 2]) {
    await page
      .getByRole('link', { name: `Link to paragraph ${String(n)} (north-korea-p${String(n)})` })
      .click();
    await expect(
      page.locator(`#cite_2016-09-21-abe-biden-north-korea-p${String(n)}_chicago`),
    ).toContainText(`Section “2. North Korea,” para. ${String(n)}.`);
  }
  expect(fetched).toEqual([]);
});

test('on a section’s own page, a paragraph is cited at its address in the full readout', async ({
  page,
}) => {
  await page.goto(`${seedPath}tpp/`);
  await page.getByRole('link', { name: 'Link to paragraph 1 (tpp-p1)' }).click();
  await page.getByText('Cite this paragraph').click();
  await expect(page.locator('#cite_2016-09-21-abe-biden-tpp-p1_chicago')).toContainText(
    new RegExp(`Section “4\\. TPP,” para\\. 1\\. .*${seedPath}#tpp-p1 \\(accessed `),
  );
});

test('the keyboard reaches a paragraph’s citation from its link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seedPath);
  const link = page.getByRole('link', { name: 'Link to paragraph 1 (china-p1)' });
  await link.focus();
  await page.keyboard.press('Enter');
  // The citation is offered on the address's change, a moment after the key: as a reader sees it.
  await expect(page.getByRole('button', { name: 'Copy link to paragraph 1' })).toBeVisible();
  // Following a link moves the keyboard's starting point to the paragraph, the link's own.
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link to paragraph 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Cite this paragraph')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: 'Copy the Chicago citation of paragraph 1' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Citation copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /Section “3\. China,” para\. 1\./,
  );
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('a tap on a paragraph’s link offers a link and a citation to copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(seedPath);
    await page.getByRole('link', { name: 'Link to paragraph 3 (north-korea-p3)' }).tap();
    await page.getByRole('button', { name: 'Copy link to paragraph 3' }).tap();
    await expect(page.getByRole('status')).toHaveText(/Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`${seedPath}#north-korea-p3$`),
    );
    await page.getByText('Cite this paragraph').tap();
    await page.getByRole('button', { name: 'Copy the BibTeX citation of paragraph 3' }).tap();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'North Korea, para. 3}}',
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a paragraph’s link is its citation: no citation is offered that cannot be copied', async ({
    page,
  }) => {
    await page.goto(`${seedPath}#north-korea-p2`);
    await expect(page.getByText('Cite this paragraph')).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'Link to paragraph 2 (north-korea-p2)' }),
    ).toHaveAttribute('href', '#north-korea-p2');
  });
});
