import { describe, expect, it } from 'vitest';
import { ImportError, MissingFields } from '../../../src/import/import-error.ts';
import { australiaShape } from '../../../src/import/publishers/australia/australia.ts';
import { canadaPm } from '../../../src/import/publishers/canada-pm/canada-pm.ts';
import { chinaMfa } from '../../../src/import/publishers/china-mfa/china-mfa.ts';
import { govUk } from '../../../src/import/publishers/gov-uk/gov-uk.ts';
import { foreignOffice } from '../../../src/import/publishers/gov-uk/publishers.ts';
import type { Publisher, PublisherShape } from '../../../src/import/publishers/publisher.ts';
import { usState } from '../../../src/import/publishers/us-state/us-state.ts';
import { whiteHouseShape } from '../../../src/import/publishers/white-house/white-house.ts';
import { repositoryVocabulary } from '../../support/import.ts';

const lexicon = await repositoryVocabulary();
const read = (shape: PublisherShape, lines: string[], publisher?: Publisher) => {
  const draft = shape.read(
    { file: 'page.txt', text: lines.join('\n\n'), publisher, lexicon },
    new MissingFields(),
  );
  return {
    publisher: draft.publisher.name,
    title: draft.title,
    published: draft.published,
    place: draft.place,
    text: [draft.lead, ...draft.blocks.map((block) => block.text)],
    skipped: draft.skipped,
  };
};
const refusal = (shape: PublisherShape, lines: string[]): ImportError => {
  try {
    shape.read({ file: 'page.txt', text: lines.join('\n\n'), lexicon }, new MissingFields());
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('not refused');
};
const lead = 'The leaders met today.';

describe('a media statement of Australia’s Prime Minister or Foreign Minister', () => {
  const [primeMinister, foreignMinister] = australiaShape.publishers;

  it('is told by its "Media statement" or "Media release" line', () => {
    expect(australiaShape.recognises('Headline\nMedia statement\nText.')).toBe(true);
    expect(australiaShape.recognises('Headline\nMEDIA RELEASE\nText.')).toBe(true);
    expect(australiaShape.recognises('Headline\nMedia statements\nText.')).toBe(false);
    expect(australiaShape.recognises('Joint Media statement')).toBe(false);
  });

  it('is read with the publisher its address or --publisher gives', () => {
    expect(
      read(
        australiaShape,
        [
          'Meeting with Prime Minister Kishida',
          'Joint media release',
          '22 Oct 2022',
          'Transcript',
          'Perth, Western Australia',
          lead,
          'They agreed.',
          'Media enquiries: 02 6277 7744',
          'E&OE',
        ],
        foreignMinister,
      ),
    ).toEqual({
      publisher: foreignMinister?.name,
      title: 'Meeting with Prime Minister Kishida',
      published: '2022-10-22',
      place: 'Perth, Western Australia',
      text: [lead, 'They agreed.'],
      skipped: [],
    });
    for (const end of ['Media contact', 'E&OE', 'Media enquiries'])
      expect(
        read(
          australiaShape,
          ['Headline', 'Media statement', '22 Oct 2022', lead, end, 'x'],
          primeMinister,
        ).text,
      ).toEqual([lead]);
    expect(
      read(
        australiaShape,
        ['Headline', 'Media statement', '22 Oct 2022', lead, 'Media statements follow.'],
        primeMinister,
      ).text,
    ).toEqual([lead, 'Media statements follow.']);
  });

  it('is refused without a publisher, naming both and the flag', () => {
    const error = refusal(australiaShape, ['Headline', 'Media statement', '22 Oct 2022', lead]);
    expect(error.message).toBe(
      'page.txt: the page does not say whose statement it is: give --publisher "Prime Minister of Australia" or --publisher "Minister for Foreign Affairs of Australia" (or its address with --url)',
    );
    expect(error.flags).toEqual(['--publisher']);
  });
});

describe('a readout of Canada’s Prime Minister', () => {
  it('is told by its "Associated Links" line', () => {
    expect(canadaPm.recognises('Text.\nassociated links\nMore')).toBe(true);
    expect(canadaPm.recognises('Text.\nSee the Associated Links')).toBe(false);
  });

  it('is read below its labels, date and place, and above "Associated Links"', () => {
    expect(
      read(canadaPm, [
        'Prime Minister of Canada',
        'News',
        'Readouts',
        'Prime Minister Trudeau speaks with Prime Minister Suga',
        'Main Content',
        'February 3, 2021',
        'Readout',
        'Ottawa, Ontario',
        lead,
        'They agreed.',
        'Associated Links',
        'Canada-Japan relations',
      ]),
    ).toEqual({
      publisher: 'Prime Minister of Canada',
      title: 'Prime Minister Trudeau speaks with Prime Minister Suga',
      published: '2021-02-03',
      place: 'Ottawa, Ontario',
      text: [lead, 'They agreed.'],
      skipped: [],
    });
  });
});

describe('a readout of China’s Ministry of Foreign Affairs', () => {
  it('is told by its breadcrumb or its "Suggest to a friend" line', () => {
    expect(chinaMfa.recognises('Home > China News\nHeadline')).toBe(true);
    expect(chinaMfa.recognises('Headline\nText.\nsuggest to a friend:')).toBe(true);
    expect(chinaMfa.recognises('Headline\nGo Home > News')).toBe(false);
    expect(chinaMfa.recognises('Headline\nPlease Suggest to a friend')).toBe(false);
  });

  it('is read below its breadcrumb and date, and above its closing lines', () => {
    const page = [
      'Home > China News',
      'Print',
      'President Xi Holds Phone Talks',
      '2021-10-08 22:30',
      'Close',
      lead,
      'They agreed.',
    ];
    for (const end of ['Suggest to a friend:', '<Suggest To A Friend>', 'Print', 'Close'])
      expect(read(chinaMfa, [...page, end, 'x'])).toEqual({
        publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
        title: 'President Xi Holds Phone Talks',
        published: '2021-10-08',
        place: undefined,
        text: [lead, 'They agreed.'],
        skipped: [],
      });
    expect(read(chinaMfa, [...page, 'Printed matter was exchanged.']).text).toEqual([
      lead,
      'They agreed.',
      'Printed matter was exchanged.',
    ]);
  });
});

describe('a readout of the State Department', () => {
  it('is told by its "Office of the Spokesperson" line or its attribution', () => {
    expect(usState.recognises('Headline\nOffice of the Spokesperson\nText')).toBe(true);
    expect(usState.recognises('The below is attributable to Spokesperson Ned Price:')).toBe(true);
    expect(usState.recognises('Headline\nThe Office of the Spokesperson said')).toBe(false);
  });

  it('is read below its labels and date, and above its tags', () => {
    expect(
      read(usState, [
        'Home',
        'Press Releases',
        'hide',
        'Secretary Blinken’s Call',
        'Readout',
        'Office of the Spokesperson',
        'January 26, 2021',
        lead,
        'Tags',
        'Japan',
      ]),
    ).toEqual({
      publisher: 'U.S. Department of State',
      title: 'Secretary Blinken’s Call',
      published: '2021-01-26',
      place: undefined,
      text: [lead],
      skipped: [],
    });
    expect(
      read(usState, ['Headline', 'January 26, 2021', lead, 'Tags of the talks.']).text,
    ).toEqual([lead, 'Tags of the talks.']);
  });
});

describe('a readout of the White House', () => {
  it('is told by its "Readout of" headline and its "###" closing line together', () => {
    expect(whiteHouseShape.recognises('Readout of a Call\nText.\n###')).toBe(true);
    expect(whiteHouseShape.recognises('Readout of a Call\nText.')).toBe(false);
    expect(whiteHouseShape.recognises('Text.\n###')).toBe(false);
    expect(whiteHouseShape.recognises('Readout of a Call\nText.\n####')).toBe(false);
  });

  it('is read below its labels and date, and above "###"', () => {
    expect(
      read(whiteHouseShape, [
        'The White House',
        'Briefing Room',
        'Statements and Releases',
        'Readouts',
        'Readout of President Biden’s Call',
        'January 27, 2021',
        'Readout',
        lead,
        '###',
        'x',
      ]),
    ).toEqual({
      publisher: 'The White House',
      title: 'Readout of President Biden’s Call',
      published: '2021-01-27',
      place: undefined,
      text: [lead],
      skipped: [],
    });
    expect(read(whiteHouseShape, ['Headline', 'January 27, 2021', lead, '### end']).text).toEqual([
      lead,
      '### end',
    ]);
  });
});

describe('a GOV.UK news page', () => {
  it('is told by a "From:" line naming Downing Street or the Foreign Office', () => {
    for (const from of [
      'From: Prime Minister’s Office, 10 Downing Street',
      'from:Foreign, Commonwealth & Development Office',
      'From: Foreign & Commonwealth Office',
    ])
      expect(govUk.recognises(`Headline\n${from}\nText.`)).toBe(true);
    expect(govUk.recognises('Headline\nFrom: Cabinet Office\nText.')).toBe(false);
    expect(govUk.recognises('Headline\nSent from: Downing Street\nText.')).toBe(false);
  });

  it('is read with the publisher its "From:" line names', () => {
    expect(
      read(govUk, [
        'News story',
        'Foreign Secretary call',
        'Summary.',
        'From: FCDO',
        'Published 8 March 2022',
        lead,
      ]).publisher,
    ).toBe(foreignOffice.name);
  });

  it('is refused when nothing says which office published it', () => {
    const error = refusal(govUk, ['Call with the President', 'Summary.', lead]);
    expect(error.message).toBe(
      'page.txt: the page does not say which office published it (no "From:" line): give --publisher "Prime Minister’s Office, 10 Downing Street" or --publisher FCDO',
    );
    expect(error.flags).toEqual(['--publisher']);
  });
});

describe('a headline that starts or ends with a label’s words', () => {
  it('is still the headline', () => {
    const title = (shape: PublisherShape, headline: string, publisher?: Publisher) =>
      read(shape, [headline, 'January 26, 2021', lead], publisher).title;
    expect(title(usState, 'Readout: Secretary Blinken’s Call')).toBe(
      'Readout: Secretary Blinken’s Call',
    );
    expect(title(usState, 'A Call Before the Press Releases')).toBe(
      'A Call Before the Press Releases',
    );
    expect(
      title(canadaPm, 'Prime Minister of Canada speaks with the Prime Minister of Japan'),
    ).toBe('Prime Minister of Canada speaks with the Prime Minister of Japan');
    expect(title(canadaPm, 'Leaders share the News')).toBe('Leaders share the News');
    expect(title(whiteHouseShape, 'A Call Hosted by The White House')).toBe(
      'A Call Hosted by The White House',
    );
    expect(
      title(australiaShape, 'Media statement on the meeting', australiaShape.publishers[0]),
    ).toBe('Media statement on the meeting');
    expect(
      title(australiaShape, 'The leaders’ Media statement', australiaShape.publishers[0]),
    ).toBe('The leaders’ Media statement');
    expect(title(chinaMfa, 'Xi Jinping to Close the Forum')).toBe('Xi Jinping to Close the Forum');
  });
});
