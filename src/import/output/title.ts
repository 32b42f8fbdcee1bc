import { meetingVerbs } from '../english/verbs.ts';
import type { ReadoutDraft } from '../draft.ts';
import type { ResolvedParticipant } from '../vocabulary/participants.ts';
import { roleTitle } from '../english/role.ts';

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

// A verb phrase that ends with a preposition waits for the guests' names: "received a courtesy call from".
const awaitsGuests = /\b(?:with|from|on|to|by|and|between|among)$/i;

/**
 * The editorial title of a readout, in the present tense of news headlines, from the lead's
 * own verb phrase: "Prime Minister Abe receives a courtesy call from Vice President Biden".
 * Without a verb phrase, the kind of meeting and who met: "Telephone talk between A and B".
 */
function readoutTitle(
  hosts: readonly string[],
  verbPhrase: string,
  guests: readonly string[],
  kindLabel: string,
): string {
  const [verb = '', ...rest] = verbPhrase.split(' ');
  const tense = meetingVerbs[verb.toLowerCase()];
  if (!tense)
    return `${kindLabel.charAt(0).toUpperCase()}${kindLabel.slice(1)} between ${joinNames([...hosts, ...guests])}`;
  const phrase = [tense[hosts.length > 1 ? 1 : 0], ...rest].join(' ');
  const title = [joinNames(hosts), phrase, awaitsGuests.test(phrase) ? joinNames(guests) : '']
    .filter(Boolean)
    .join(' ');
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
}

/** The archive's own title: "Prime Minister Abe receives a courtesy call from Vice President Biden". */
export function editorialTitle(
  participants: readonly ResolvedParticipant[],
  draft: Pick<ReadoutDraft, 'subject' | 'verbPhrase'>,
  kindLabel: string,
): string {
  const label = ({ person, role }: ResolvedParticipant): string =>
    `${roleTitle(role)} ${person.familyName}`;
  const hosts = participants.filter(({ side }) => side === 'host').map(label);
  const guests = participants.filter(({ side }) => side === 'guest').map(label);
  return readoutTitle(
    draft.subject && hosts.length === 0 ? [draft.subject] : hosts,
    draft.verbPhrase,
    guests,
    kindLabel,
  );
}
