import { expect, test } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { seedPath } from '../support/source.ts';

// What readers type, and the section of the seed readout each should find first.
const queries: [string, string][] = [
  ['TPP', 'tpp'],
  ['North Korea', 'north-korea'],
  ['Futenma', 'japan-us-relations'],
  ['abductions', 'north-korea'],
  ['Minsk', 'russia-ukraine'],
  ['Xi Jinping', 'china'],
  ['DPRK', 'north-korea'],
  ['Trans-Pacific Partnership', 'tpp'],
];

for (const [query, section] of queries) {
  test(`"${query}" finds the section ${section} first`, async ({ page }) => {
    const console = watchConsole(page);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const first = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .getByRole('link')
      .first();
    await expect(first).toHaveAttribute(
      'href',
      new RegExp(`^${seedPath}\\?(highlight=[^&#]+&?)+#${section}$`),
    );
    console.expectNone();
  });
}
