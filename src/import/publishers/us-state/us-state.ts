import { readOfficePage } from '../office-page.ts';
import { splitHeadedPage } from '../headed-page.ts';
import type { Publisher, PublisherShape } from '../publisher.ts';

const department: Publisher = {
  name: 'U.S. Department of State',
  aliases: ['Department of State', 'State Department', 'US Department of State'],
  hosts: ['www.state.gov', 'state.gov', '2021-2025.state.gov', '2017-2021.state.gov'],
  country: 'United States of America',
  language: 'en',
  timeZone: 'America/New_York',
};

/**
 * The State Department's readouts: "Secretary Blinken's Call with Japanese Foreign Minister
 * Motegi", "Readout", "Office of the Spokesperson", the date, the spokesperson's attribution
 * (the publisher's words, kept), the lead, and "Tags" after the text.
 */
export const usState: PublisherShape = {
  id: 'us-state',
  publishers: [department],
  recognises: (text) =>
    /^Office of the Spokesperson$/m.test(text) || text.includes('attributable to Spokesperson'),
  read: ({ text, lexicon }) =>
    readOfficePage(
      {
        publisher: department,
        ...splitHeadedPage(text, {
          labels: /^(?:Readout|Office of the Spokesperson|Home|Press Releases|hide)$/i,
          end: /^Tags$/i,
        }),
      },
      lexicon,
    ),
};
