import { ImportError } from '../../import-error.ts';
import { readOfficePage } from '../office-page.ts';
import type { PublisherShape } from '../publisher.ts';
import { splitGovUkPage } from './furniture.ts';
import { foreignOffice, primeMinistersOffice } from './publishers.ts';

/**
 * GOV.UK's news pages, for the Prime Minister's Office and the Foreign Office: "PM call with
 * Prime Minister Abe: 2 September 2020", a summary, "From:", "Published", then short
 * paragraphs that name the Prime Minister by office ("The Prime Minister spoke to ...").
 */
export const govUk: PublisherShape = {
  id: 'gov-uk',
  publishers: [primeMinistersOffice, foreignOffice],
  recognises: (text) =>
    /^From:\s*.*(?:Downing Street|Development Office|Commonwealth Office)/im.test(text),
  read: ({ file, text, publisher, lexicon }) => {
    const page = splitGovUkPage(text, publisher);
    if (!page.publisher)
      throw new ImportError(
        file,
        'the page does not say which office published it (no "From:" line): give --publisher "Prime Minister’s Office, 10 Downing Street" or --publisher FCDO',
        ['--publisher'],
      );
    return readOfficePage({ ...page, publisher: page.publisher }, lexicon);
  },
};
