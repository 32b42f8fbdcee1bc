import { expect, test } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { seedPath, seedSource, sourceBlocks, textParagraphs } from '../support/source.ts';

// The source's sections: each heading with the paragraphs up to the next heading.
const sections: { title: string; paragraphs: string[] }[] = [];
for (const block of sourceBlocks(seedSource)) {
  if (block.kind === 'heading') sections.push({ title: block.text, paragraphs: [] });
  else sections.at(-1)?.paragraphs.push(block.text);
}
const ids = ['japan-us-relations', 'north-korea', 'china', 'tpp', 'russia-ukraine'];
const allParagraphs = sections.flatMap((section) => section.paragraphs);

sections.forEach((section, index) => {
  const id = ids[index] ?? '';
  test(`the page of "${section.title}" holds its paragraphs verbatim and no other section's`, async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.goto(`${seedPath}${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
    const shown = (await textParagraphs(page).allTextContents()).join('\n');
    for (const paragraph of allParagraphs) {
      if (section.paragraphs.includes(paragraph)) expect(shown).toContain(paragraph);
      else expect(shown).not.toContain(paragraph);
    }
    console.expectNone();
  });
});

test('a section page links to its place in the full readout', async ({ page }) => {
  await page.goto(`${seedPath}tpp/`);
  await page.getByRole('link', { name: 'Read it in the full readout' }).click();
  await expect(page).toHaveURL(`${seedPath}#tpp`);
  await expect(page.getByRole('heading', { name: '4. TPP' })).toBeInViewport();
});

test('a section page has a breadcrumb back to the readout and the archive', async ({ page }) => {
  await page.goto(`${seedPath}china/`);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'Readouts' })).toHaveAttribute('href', '/');
  await breadcrumb.getByRole('link', { name: /courtesy call/ }).click();
  await expect(page).toHaveURL(seedPath);
});

test('a section page leads to the previous and next sections', async ({ page }) => {
  await page.goto(`${seedPath}china/`);
  const pager = page.getByRole('navigation', { name: 'Other sections of this readout' });
  await pager.getByRole('link', { name: /Next: 4\. TPP/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4. TPP');
  await page
    .getByRole('navigation', { name: 'Other sections of this readout' })
    .getByRole('link', { name: /Previous: 3\. China/ })
    .click();
  await expect(page).toHaveURL(`${seedPath}china/`);
});

test('the first section has no previous link and the last no next link', async ({ page }) => {
  await page.goto(`${seedPath}japan-us-relations/`);
  await expect(page.getByRole('link', { name: /^← Previous/ })).toHaveCount(0);
  await page.goto(`${seedPath}russia-ukraine/`);
  await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);
});

test('the table of contents leads to each section’s own page', async ({ page }) => {
  await page.goto(seedPath);
  await page.getByRole('link', { name: '5. Russia and Ukraine, on its own page' }).click();
  await expect(page).toHaveURL(`${seedPath}russia-ukraine/`);
});
