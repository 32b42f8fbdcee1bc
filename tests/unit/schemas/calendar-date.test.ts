import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/schemas/calendar-date.ts';

/** What an editor is told of a date, or 'valid'. */
const told = (value: string): string => {
  const parsed = calendarDate.safeParse(value);
  return parsed.success ? 'valid' : parsed.error.issues.map(({ message }) => message).join(' | ');
};

describe('a date in the content', () => {
  it('is a day of the calendar written YYYY-MM-DD', () => {
    for (const date of ['2016-09-21', '2016-02-29', '2000-12-31', '1999-01-01'])
      expect(told(date), date).toBe('valid');
  });

  it('written otherwise, is refused with the form to write it in', () => {
    for (const date of ['21 September 2016', '2016-9-21', 'x2016-09-21', '2016-09-21x', '16-09-21'])
      expect(told(date), date).toMatch(/^Write the date as YYYY-MM-DD, e\.g\. 2016-09-21\.( \||$)/);
  });

  it('that the calendar does not have, is refused by name', () => {
    expect(told('2016-02-30')).toBe('2016-02-30 is not a date on the calendar.');
    expect(told('2015-02-29')).toBe('2015-02-29 is not a date on the calendar.');
    expect(told('2016-13-01')).toBe('2016-13-01 is not a date on the calendar.');
  });
});
