import { chicagoDate } from './chicago-date.ts';
import { originals, type CitedWork } from './cited-work.ts';
import { siteName } from '../lib/site-name.ts';
import { utcDay } from '../lib/dates.ts';

/**
 * A Chicago (notes and bibliography) bibliography entry: the publisher as author, the title,
 * the section and paragraph, the series, the date (and the version, of a text its publisher
 * revised), our permalink with the date it was accessed (as the caller writes it), and the
 * original's address.
 */
export function chicago(work: CitedWork, accessed: string): string {
  const paragraph = work.paragraph ? `,” para. ${work.paragraph}.` : '.”';
  const part = work.section ? `.” Section “${work.section}${paragraph}` : paragraph;
  const series = work.series ? ` ${work.series}.` : '';
  const other = work.comparedWith;
  const compared = other
    ? ` Compared with ${other.publisher}. “${other.title}.” ${dateOf(other.published)}.`
    : '';
  const version = work.version ? `, version of ${dateOf(work.version)}` : '';
  return `${work.publisher}. “${work.title}${part}${series} ${dateOf(work.published)}${version}.${compared} ${siteName}, ${work.url} (accessed ${accessed}). Originally published at ${originals(work)}.`;
}

const dateOf = (isoDate: string): string => chicagoDate.format(utcDay(isoDate));
