// The contract between the pages' search records (SearchRecord.astro writes them into the
// index) and the search page's scripts (which read them back): the names of the filters, the
// metadata and the sort key, each written here once.

/** Facets a reader can narrow by, in the order shown: Pagefind filter name and label. */
export const facets = [
  { name: 'topic', label: 'Topic' },
  { name: 'participant', label: 'Participant' },
  { name: 'year', label: 'Year' },
  { name: 'kind', label: 'Kind of meeting' },
  { name: 'publisher', label: 'Reported by' },
  { name: 'reported', label: 'Topic reported by' },
] as const;

/** The values of the `reported` filter: whether the other account of the meeting reports a topic. */
export const reportedBy = { both: 'Both sides', one: 'One side only' } as const;

/** The name of a filter of the index. */
export type FacetName = (typeof facets)[number]['name'];

/** What a search result shows, recorded as metadata of each page of the index. */
export interface SearchMeta {
  /** The section's heading, or the readout's title. */
  title: string;
  /** The readout's title. */
  readout: string;
  /** The meeting's date, as pages show it. */
  date: string;
  /** The participants' names, joined by commas. */
  participants: string;
  /** The address a result opens, when it is not the indexed page (a section in its readout). */
  url?: string;
  /** Whether the other accounts of the meeting report the topic: "Also reported by …; Not mentioned by …". */
  counterparts?: string;
  /** The comparison with the first other account, at the topic. */
  compare?: string;
}

/** The index's sort key: the meeting's date, YYYY-MM-DD. */
export const sortKey = 'date';
