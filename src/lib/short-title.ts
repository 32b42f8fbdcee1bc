import { formatDate } from './dates.ts';
import { principalsOf } from './participants.ts';
import type { Readout } from './readout.ts';
import { siteName } from './site-name.ts';

/** A readout named in a few words for browser tabs and search engines: "Abe–Biden courtesy call, 21 September 2016". */
export function shortTitle(readout: Readout): string {
  const principals = principalsOf(readout).map(({ person }) => person.data.familyName);
  return `${principals.join('–')} ${readout.kind.data.label}, ${formatDate(readout.data.date)}`;
}

/** A page's `<title>`: with the site's name when the whole fits in 70 characters, the length search engines show. */
export function pageTitle(title: string, site = siteName): string {
  const full = `${title} · ${site}`;
  if (full.length <= 70) return full;
  if (title.length <= 70) return title;
  return `${title.slice(0, title.lastIndexOf(' ', 68))} …`;
}
