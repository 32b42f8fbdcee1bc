import { describe, expect, it } from 'vitest';
import { parseWrittenDate as parseDateline } from '../../../src/lib/dates.ts';
import { meetingDate } from '../../../src/import/english/meeting-date.ts';

describe('dates', () => {
  it('reads a dateline in either order', () => {
    expect(parseDateline('September 21, 2016')).toBe('2016-09-21');
    expect(parseDateline('21 September 2016')).toBe('2016-09-21');
  });

  it('does not take other lines, or impossible days, for a dateline', () => {
    expect(parseDateline('On September 21, 2016, the two leaders met.')).toBeUndefined();
    expect(parseDateline('February 30, 2016')).toBeUndefined();
  });

  it('gives the meeting the dateline’s year', () => {
    expect(meetingDate({ month: 3, day: 3 }, '2016-03-04')).toBe('2016-03-03');
  });

  it('takes the year the lead gives, when it gives one', () => {
    expect(meetingDate({ month: 12, day: 30, year: 2016 }, '2017-01-04')).toBe('2016-12-30');
  });

  it('puts a December meeting published in January in the year before', () => {
    expect(meetingDate({ month: 12, day: 31 }, '2017-01-01')).toBe('2016-12-31');
  });
});
