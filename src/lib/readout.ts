import type { CollectionEntry } from 'astro:content';
import type { Attendance } from '../schemas/attendance.ts';
import type { StoredParagraph, StoredSection } from '../stored/outline.ts';

export type Topic = CollectionEntry<'topics'>;
export type Person = CollectionEntry<'people'>;
export type Kind = CollectionEntry<'kinds'>;
export type MeetingEntry = CollectionEntry<'meetings'>;

/** A participant of a meeting, resolved to the person. */
export interface Participant {
  person: Person;
  role: string;
  attendance: Attendance;
}

/** A `##` section of a readout with its topics. */
export interface Section extends Omit<StoredSection, 'topics'> {
  /** The topics it is bound to: usually one, none for an introduction or a closing. */
  topics: Topic[];
}

/** A readout with every reference resolved: what the pages render. */
export interface Readout {
  id: string;
  entry: MeetingEntry;
  data: MeetingEntry['data'];
  kind: Kind;
  participants: Participant[];
  topics: Topic[];
  lead: StoredParagraph[];
  /** The file of its HTML and text, read by the pages that show them (src/stored/html.ts). */
  htmlFile: string;
  sections: Section[];
  /**
   * Every version of the text the archive has captured, oldest first, the current one last;
   * empty while the archive has only one.
   */
  versions: Version[];
}

/** A version of a readout's text: when the archive captured it, and the readout as it was. */
export interface Version {
  /** YYYY-MM-DD: the day the archive captured it, which names it (`/versions/<captured>/`). */
  captured: string;
  /** The publisher's own date of revision of this version, where its page gave one. */
  revised?: string | undefined;
  /** The readout as this version had it: its frontmatter and its text. */
  readout: Readout;
  current: boolean;
}

/** A section together with the readout it belongs to. */
export interface SectionInReadout {
  readout: Readout;
  section: Section;
}
