/** A fact the importer inferred rather than read, and the words it inferred it from. */
export interface Inferred {
  /** The field, as the frontmatter names it: `date`, `start.timeZone`, `participants`. */
  field: string;
  /** What was inferred: "2018-05-23", "America/New_York", "joe-biden". */
  value: string;
  /** How: "the year of the dateline", "the zone of the place", "who was President that day". */
  how: string;
  /** The words of the text it comes from. */
  words: string;
}

/** "date 2018-05-23 (the year of the dateline): “On May 24, …”", one line of the import's report. */
export const inferredLine = ({ field, value, how, words }: Inferred): string =>
  `${field} ${value} (${how}): “${words}”`;
