import { describe, expect, test } from 'vitest';
import { partRows, periodName, periodParts, yearRows } from '../../src/lib/period-rows.ts';
import { periodsOf } from '../../src/lib/periods.ts';

const limits = { year: 2, month: 2 };
const list = '/people/anna-sato/';
const entries = [
  { date: '2016-09-21', kind: 'took part' },
  { date: '2016-09-21', kind: 'mentioned' },
  { date: '2016-09-20', kind: 'mentioned' },
  { date: '2016-02-01', kind: 'mentioned' },
];
const [year] = periodsOf(entries, (entry) => entry.date, limits);
const count = (items: unknown[]) => `${String(items.length)} entries`;

describe('periodParts', () => {
  test('a long year’s parts are its months, each at its own address', () => {
    if (!year) throw new Error('no year');
    expect(periodParts(list, year).of.map(({ label, href }) => [label, href])).toEqual([
      ['September', '/people/anna-sato/2016/09/'],
      ['February', '/people/anna-sato/2016/02/'],
    ]);
  });

  test('a long month’s parts are its days; a day has none', () => {
    const month = year?.months[0];
    const day = month?.days[0];
    if (!year || !month || !day) throw new Error('no month or day');
    expect(periodParts(list, year, month).of.map(({ label, href }) => [label, href])).toEqual([
      ['21 September', '/people/anna-sato/2016/09/21/'],
      ['20 September', '/people/anna-sato/2016/09/20/'],
    ]);
    expect(periodParts(list, year, month, day).of).toEqual([]);
    expect([periodParts(list, year).by, periodParts(list, year, month).by]).toEqual([
      'month',
      'day',
    ]);
  });
});

describe('partRows', () => {
  test('counts every entry of each part', () => {
    if (!year) throw new Error('no year');
    expect(partRows(periodParts(list, year).of, count)).toEqual([
      { label: 'September', href: '/people/anna-sato/2016/09/', count: 3, text: '3 entries' },
      { label: 'February', href: '/people/anna-sato/2016/02/', count: 1, text: '1 entries' },
    ]);
  });

  test('counting one kind of entry, leads to its heading and leaves out the parts without it', () => {
    if (!year) throw new Error('no year');
    const only = {
      keep: (entry: { kind: string }) => entry.kind === 'took part',
      fragment: 'took-part',
    };
    expect(partRows(periodParts(list, year).of, count, only)).toEqual([
      {
        label: 'September',
        href: '/people/anna-sato/2016/09/#took-part',
        count: 1,
        text: '1 entries',
      },
    ]);
  });
});

describe('yearRows', () => {
  test('gives each year of a list its page and its count', () => {
    const years = periodsOf(
      [...entries, { date: '2015-03-01', kind: 'took part' }],
      (e) => e.date,
      limits,
    );
    expect(yearRows(years, list, count)).toEqual([
      { label: '2016', href: '/people/anna-sato/2016/', count: 4, text: '4 entries' },
      { label: '2015', href: '/people/anna-sato/2015/', count: 1, text: '1 entries' },
    ]);
  });
});

describe('periodName', () => {
  test('names a year, a month of it, and a day', () => {
    const month = year?.months[0];
    const day = month?.days[0];
    if (!year || !month || !day) throw new Error('no month or day');
    expect([periodName(year), periodName(year, month), periodName(year, month, day)]).toEqual([
      '2016',
      'September 2016',
      '21 September 2016',
    ]);
  });
});
