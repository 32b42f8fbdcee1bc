import { describe, expect, it } from 'vitest';
import type { ReadoutDraft } from '../../../src/import/draft.ts';
import { ImportError, MissingFields } from '../../../src/import/import-error.ts';
import { checkMeetingDay, pageDates } from '../../../src/import/page-dates.ts';

const file = 'talks.txt';
// What a publisher's reader gives of a page's dates and address; the rest is not read here.
const draft = (fields: Partial<ReadoutDraft>) => fields as ReadoutDraft;
const read = (page: Partial<ReadoutDraft>, given = {}, url?: string) => {
  const missing = new MissingFields();
  const dates = pageDates(file, draft(page), given, url, missing);
  let error: ImportError | undefined;
  try {
    missing.check(file);
  } catch (thrown) {
    error = thrown as ImportError;
  }
  return { dates, error };
};
const refusal = (run: () => unknown): ImportError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('the dates and address of a page', () => {
  it('are the page’s own, unless given', () => {
    const page = { url: 'https://a.example/1', published: '2023-03-10', date: '2023-03-09' };
    expect(read(page)).toEqual({
      dates: { url: 'https://a.example/1', published: '2023-03-10', date: '2023-03-09' },
      error: undefined,
    });
    expect(
      read(page, { published: '2023-03-11', date: '2023-03-10' }, 'http://b.example/2').dates,
    ).toEqual({ url: 'http://b.example/2', published: '2023-03-11', date: '2023-03-10' });
  });

  it('name each one missing in one refusal, with the flags that give them', () => {
    const { dates, error } = read({});
    expect(dates).toEqual({ url: undefined, published: undefined, date: undefined });
    expect(error?.message).toBe(
      'talks.txt: no source URL: give the original page with --url <url>, or add a line "Source: https://..." to the text; no dateline above the lead: give the page’s date of publication with --published YYYY-MM-DD; no meeting date in the text: give it with --date YYYY-MM-DD',
    );
    expect(error?.flags).toEqual(['--url', '--published', '--date']);
  });

  it('name why the text tells no day, when the reader says', () => {
    const { error } = read({
      url: 'https://a.example/1',
      published: '2023-03-10',
      dateMissing: '“this week” names no one day: give it with --date YYYY-MM-DD',
    });
    expect(error?.reason).toBe('“this week” names no one day: give it with --date YYYY-MM-DD');
    expect(error?.flags).toEqual(['--date']);
  });

  it.each([
    'ftp://a.example/1',
    'https://',
    'https:///page',
    'www.mofa.go.jp/page',
    'https://a b/',
    'feed:https://a.example/',
  ])('refuse the address “%s”, which is not of a web page', (url) => {
    const error = refusal(() => read({ published: '2023-03-10', date: '2023-03-10' }, {}, url));
    expect(error.message).toBe(`talks.txt: the source URL "${url}" is not an http(s) address`);
  });
});

describe('the day of a meeting and of its page', () => {
  it('may be a day apart, the page the later or the earlier', () => {
    expect(() => {
      checkMeetingDay(file, '2023-03-11', '2023-03-10', {});
      checkMeetingDay(file, '2023-03-01', '2023-03-10', {});
    }).not.toThrow();
  });

  it('refuse a meeting more than a day after its page, naming where each date comes from', () => {
    const fromText = refusal(() => {
      checkMeetingDay(file, '2023-03-12', '2023-03-10', {});
    });
    expect(fromText.message).toBe(
      'talks.txt: the meeting’s day, 2023-03-12 (the text), is 2 days after the page’s date, 2023-03-10 (its dateline): more than the time zones allow. Check the text, or give the right one with --date or --published',
    );
    expect(fromText.flags).toEqual(['--date', '--published']);
    const given = refusal(() => {
      checkMeetingDay(file, '2023-04-10', '2023-03-10', {
        date: '2023-04-10',
        published: '2023-03-10',
      });
    });
    expect(given.reason).toContain(
      '2023-04-10 (--date), is 31 days after the page’s date, 2023-03-10 (--published)',
    );
  });
});

describe('the facts a text does not give', () => {
  it('are told in one error, each flag named once', () => {
    const missing = new MissingFields();
    expect(() => {
      missing.check(file);
    }).not.toThrow();
    missing.add('--participant', 'no host');
    missing.add('--participant', 'no guest');
    missing.add('--kind', 'no kind');
    const error = refusal(() => {
      missing.check(file);
    });
    expect(error).toMatchObject({
      name: 'ImportError',
      file,
      reason: 'no host; no guest; no kind',
      message: 'talks.txt: no host; no guest; no kind',
      flags: ['--participant', '--kind'],
    });
    expect(new ImportError(file, 'why').flags).toEqual([]);
  });
});
