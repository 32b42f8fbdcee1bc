import { readOfficePage } from '../office-page.ts';
import { splitHeadedPage } from '../headed-page.ts';
import type { Publisher, PublisherShape } from '../publisher.ts';

const primeMinister: Publisher = {
  name: 'Prime Minister of Canada',
  aliases: ['Office of the Prime Minister of Canada', 'PMO Canada', 'pm.gc.ca'],
  hosts: ['pm.gc.ca', 'www.pm.gc.ca'],
  country: 'Canada',
  language: 'en',
  timeZone: 'America/Toronto',
};

/**
 * The Prime Minister of Canada's readouts: "Prime Minister Justin Trudeau speaks with Prime
 * Minister of Japan Suga Yoshihide", the date, the place ("Ottawa, Ontario"), a lead that opens
 * "Today," or "Yesterday,", and "Associated Links" after the text.
 */
export const canadaPm: PublisherShape = {
  id: 'canada-pm',
  publishers: [primeMinister],
  recognises: (text) => /^Associated Links$/im.test(text),
  read: ({ text, lexicon }) =>
    readOfficePage(
      {
        publisher: primeMinister,
        ...splitHeadedPage(text, {
          labels: /^(?:Readouts?|Main Content|News|Prime Minister of Canada)$/i,
          end: /^Associated Links$/i,
          // "Ottawa, Ontario", "Apulia, Italy": a place line of two names.
          place: /^\p{Lu}[\p{L}' .-]+,\s+\p{Lu}[\p{L}' .-]+$/u,
        }),
      },
      lexicon,
    ),
};
