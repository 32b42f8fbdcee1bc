// A citation notes when its reader accessed the page. The pages are built ahead of time, so
// each citation is rendered with the build's date, marked so that a script can put the
// reader's own date in its place.
import { chicagoDate } from './chicago-date.ts';

/** How a citation format writes the access date. */
export type DateStyle = 'chicago' | 'iso' | 'csl' | 'ris';

/** A YYYY-MM-DD date as a citation format writes it. */
export function formatAccessDate(isoDate: string, style: DateStyle): string {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  if (style === 'chicago') return chicagoDate.format(new Date(Date.UTC(year, month - 1, day)));
  if (style === 'ris') return `${isoDate.replace(/-/g, '/')}/`;
  return style === 'csl' ? `${year}, ${month}, ${day}` : isoDate;
}

// Swedish writes dates the ISO way; the formatter is made once, as every page cites.
const isoDate = new Intl.DateTimeFormat('sv');

/** Today's date, YYYY-MM-DD, where the code runs. */
export const today = (): string => isoDate.format(new Date());

/** A citation's text either side of its access date (the last occurrence), which pages mark. */
export function aroundAccessDate(text: string, date: string): [before: string, after: string] {
  const at = text.lastIndexOf(date);
  return [text.slice(0, at), text.slice(at + date.length)];
}
