import { accountsOf, titleWithPart, type CitedWork } from './cited-work.ts';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// BibTeX reads these characters as markup; in a title they must stand as themselves.
const escape = (text: string): string =>
  text
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

/** A BibTeX `@misc` entry (with biblatex's `date` and `urldate`), accessed on a date written YYYY-MM-DD by the caller. */
export function bibtex(work: CitedWork, accessed: string): string {
  const [year = '', month = ''] = work.published.split('-');
  const other = work.comparedWith;
  const fields: [string, string][] = [
    [
      'author',
      accountsOf(work)
        .map(({ publisher }) => `{${escape(publisher)}}`)
        .join(' and '),
    ],
    [
      'title',
      `{${escape(other ? `${titleWithPart(work)}; ${other.title}` : titleWithPart(work))}}`,
    ],
    ['howpublished', `\\url{${work.url}}`],
    ...(work.series ? [['series', escape(work.series)] as [string, string]] : []),
    ['year', year],
    ['month', months[Number(month) - 1] ?? ''],
    ['date', work.published],
    // biblatex's version: the day the archive captured the text cited, of a revised readout.
    ...(work.version ? [['version', work.version] as [string, string]] : []),
    ['url', work.url],
    ['urldate', accessed],
    [
      'note',
      `Originally published at ${accountsOf(work)
        .map(({ originalUrl }) => `\\url{${originalUrl}}`)
        .join(' and ')}`,
    ],
    ['language', work.language],
  ];
  const body = fields
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(',\n');
  return `@misc{${work.key},\n${body}\n}`;
}
