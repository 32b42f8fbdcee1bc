// The contract between the pages' search records (SearchRecord.astro writes them into the
// index) and the search page's scripts (which read them back): the names of the filters, the
// metadata, each written here once.

/**
 * Facets a reader can narrow by, in the order shown: Pagefind filter name and label. A facet
 * `ofTopics` has topic titles for values: a result narrowed by it opens its text on the topic.
 */
export const facets = [
  { name: 'topic', label: 'Topic', ofTopics: true },
  { name: 'participant', label: 'Participant' },
  { name: 'year', label: 'Year' },
  { name: 'kind', label: 'Kind of meeting' },
  { name: 'publisher', label: 'Reported by' },
  // Of a readout with a counterpart: its topics no other account of the meeting has text on,
  // and those another account reports too (a readout without one has neither).
  { name: 'one-side', label: 'Topic only one side reported', ofTopics: true },
  { name: 'both-sides', label: 'Topic both sides reported', ofTopics: true },
  // Of a readout whose publisher changed its text after release (a readout never revised has
  // no value): the search finds its current text, and the result says so.
  { name: 'versions', label: 'Revisions' },
] as const;

/** The value of the `versions` filter of a readout its publisher revised. */
export const revisedValue = 'Revised by the publisher';

/**
 * Filters the search once had, whose names may still be in addresses readers saved: a search
 * opened from one says what the filter was and what replaced it, rather than drop it unseen.
 */
export const retiredFacets = [
  {
    name: 'reported',
    label: 'Topic reported by',
    // Until November 2026, readout by readout: "One side only" where any of its topics went
    // unreported by the other account.
    replacedBy: ['one-side', 'both-sides'],
  },
] as const;

/** The name of a filter of the index. */
export type FacetName = (typeof facets)[number]['name'];

/** What a search result shows, recorded as metadata of each readout's record. */
export interface SearchMeta {
  /** The readout's title. */
  title: string;
  /** Who met whom: "Shinzo Abe and Joe Biden". */
  meeting: string;
  /** The meeting's date, as pages show it. */
  date: string;
  /** Whether other accounts of the meeting report its topics: "Also reported by …; Not mentioned by …". */
  counterparts?: string;
  /** The comparison with the first other account. */
  compare?: string;
  /** Of a revised readout: "Revised by the publisher; 3 versions", and where they are compared. */
  revised?: string;
  changes?: string;
}

/**
 * The metadata `topics-<id>` of a record holds, as JSON, the titles of the topics of its
 * section or bound paragraph `#<id>`, so that a result narrowed to a topic opens the text on it.
 */
export const topicsMetaPrefix = 'topics-';
