import { readOfficePage } from '../office-page.ts';
import { splitHeadedPage } from '../headed-page.ts';
import type { Publisher, PublisherShape } from '../publisher.ts';

const whiteHouse: Publisher = {
  name: 'The White House',
  aliases: ['White House', 'Office of the Press Secretary'],
  hosts: ['www.whitehouse.gov', 'whitehouse.gov', 'bidenwhitehouse.archives.gov'],
  country: 'United States of America',
  language: 'en',
  timeZone: 'America/New_York',
};

/**
 * The White House's readouts: "Briefing Room", "Statements and Releases", "Readout of
 * President Joseph R. Biden, Jr.'s Call with ...", the date, a lead that says "today", and
 * "###" after the text.
 */
export const whiteHouseShape: PublisherShape = {
  id: 'white-house',
  publishers: [whiteHouse],
  recognises: (text) => /^Readout of /m.test(text) && /^###$/m.test(text),
  read: ({ text, lexicon }) =>
    readOfficePage(
      {
        publisher: whiteHouse,
        ...splitHeadedPage(text, {
          labels: /^(?:Briefing Room|Statements and Releases|The White House|Readouts?)$/i,
          end: /^###$/,
        }),
      },
      lexicon,
    ),
};
