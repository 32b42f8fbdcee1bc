import { ImportError } from '../../import-error.ts';
import { readOfficePage } from '../office-page.ts';
import { splitHeadedPage } from '../headed-page.ts';
import type { Publisher, PublisherShape } from '../publisher.ts';

const australia = { country: 'Australia', language: 'en', timeZone: 'Australia/Sydney' };

const primeMinister: Publisher = {
  name: 'Prime Minister of Australia',
  aliases: ['Australian Prime Minister', 'pm.gov.au'],
  hosts: ['www.pm.gov.au', 'pm.gov.au'],
  ...australia,
};

const foreignMinister: Publisher = {
  name: 'Minister for Foreign Affairs of Australia',
  aliases: [
    'Australian Minister for Foreign Affairs',
    'Australian Foreign Minister',
    'foreignminister.gov.au',
  ],
  hosts: ['www.foreignminister.gov.au', 'foreignminister.gov.au'],
  ...australia,
};

/**
 * The media statements of Australia's Prime Minister and Foreign Minister: a headline, "Media
 * statement" or "Media release", the date ("22 Oct 2022"), the place, and a lead in the third
 * person ("Prime Minister Anthony Albanese met ... today"). The page does not say whose it is:
 * its address or `--publisher` does.
 */
export const australiaShape: PublisherShape = {
  id: 'australia',
  publishers: [primeMinister, foreignMinister],
  recognises: (text) => /^Media (?:statement|release)$/im.test(text),
  read: ({ file, text, publisher, lexicon }) => {
    if (!publisher)
      throw new ImportError(
        file,
        'the page does not say whose statement it is: give --publisher "Prime Minister of Australia" or --publisher "Minister for Foreign Affairs of Australia" (or its address with --url)',
        ['--publisher'],
      );
    return readOfficePage(
      {
        publisher,
        ...splitHeadedPage(text, {
          labels: /^(?:Media (?:statement|release)|Joint media (?:statement|release)|Transcript)$/i,
          end: /^(?:Media enquiries|Media contact|E&OE)\b/i,
          // "Perth, Western Australia", "Tokyo, Japan".
          place: /^\p{Lu}[\p{L}' .-]+,\s+\p{Lu}[\p{L}' .-]+$/u,
        }),
      },
      lexicon,
    );
  },
};
