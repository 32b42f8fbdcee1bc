import type { APIRoute, GetStaticPaths } from 'astro';
import { withRevisions } from '../../../feeds/revision-items.ts';
import { readoutItem } from '../../../feeds/feed-item.ts';
import { rssFeed } from '../../../feeds/rss-feed.ts';
import { getArchive } from '../../../lib/archive.ts';
import { siteName } from '../../../lib/site-name.ts';
import type { Person, Readout } from '../../../lib/readout.ts';
import { absoluteUrl, personPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { people, readouts, readoutsByPerson, mentionsByPerson } = await getArchive();
  return people.map((person) => {
    // The readouts a person took part in or is named in, in the archive's order: newest first.
    const theirs = new Set([
      ...(readoutsByPerson.get(person.id) ?? []),
      ...(mentionsByPerson.get(person.id) ?? []).map(({ readout }) => readout),
    ]);
    return {
      params: { person: person.id },
      props: { person, readouts: readouts.filter((readout) => theirs.has(readout)) },
    };
  });
}) satisfies GetStaticPaths;

/** An RSS feed of the readouts in which a person took part or is named, newest first. */
export const GET: APIRoute<{ person: Person; readouts: Readout[] }> = ({ props }) =>
  rssFeed({
    title: `${props.person.data.name} — ${siteName}`,
    description: `New official readouts of meetings in which ${props.person.data.name} took part or that name them.`,
    page: absoluteUrl(personPath(props.person.id)),
    items: withRevisions(props.readouts.map(readoutItem), props.readouts),
  });
