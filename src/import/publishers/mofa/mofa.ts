import type { PublisherShape } from '../publisher.ts';
import { leadOpening } from '../../english/day-opening.ts';
import { personPattern } from '../../english/honorifics.ts';
import { ministry, primeMinistersOffice } from './publishers.ts';
import { readMofaPage } from './read-page.ts';

/**
 * Japan's Ministry of Foreign Affairs (and the Prime Minister's Office, whose English readouts
 * take the same shape): a series line, a title, a dateline, a lead that opens with the day and
 * names each principal in full with a role, then numbered sections or paragraphs.
 */
export const mofa: PublisherShape = {
  id: 'mofa',
  publishers: [ministry, primeMinistersOffice],
  // A page of a series ("Japan-Canada Relations", "Back to Press Releases"), or a lead that
  // opens with the day ("On May 24, ...") and names someone with an honorific ("Mr.").
  recognises: (text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .some(
        (line) =>
          /^(?:Japan-.+ Relations|Back to .+)$/.test(line) ||
          (leadOpening.test(line) && line.search(personPattern) >= 0),
      ),
  read: readMofaPage,
};
