import { normalise } from './normalise.ts';

/** What a section's title says the section is about. */
export type SectionTitleKind =
  /** A subject ("North Korea", "Economy"): the section is bound to the topic of that title. */
  | 'subject'
  /** Not a subject ("Introduction", "Opening remarks", "Regional affairs", "Closing"): bound to no topic. */
  | 'general'
  /** "Bilateral relations": the relations of the two countries of the readout's series. */
  | 'bilateral'
  /** One of the page's meetings ("Working lunch", "Summit meeting"): bound to no topic. */
  | 'meeting';

// Words of titles that name no subject: a title made only of them is a part of the talks, not a topic.
const generalWords = new Set(
  'introduction introductory opening closing concluding conclusion beginning end remarks remark overview summary outline general other others issues issue matters affairs situation situations regional international global world exchange exchanges views discussion discussions miscellaneous topics relations relationship and the of on in at a an'.split(
    ' ',
  ),
);
const bilateralWords = new Set(
  'bilateral relations relationship cooperation issues and'.split(' '),
);
// The last word of a title that names a meeting: "Working lunch", "Summit meeting (one-on-one)".
const meetingWords = new Set(
  'meeting meetings lunch luncheon dinner breakfast banquet talk talks call session reception tête'.split(
    ' ',
  ),
);

/** What a section title names: a subject, a general part of the talks, the bilateral relations, or a meeting. */
export function sectionTitleKind(title: string): SectionTitleKind {
  const words = normalise(title.replace(/\([^)]*\)\s*$/, '')).split(' ');
  if (words.includes('bilateral') && words.every((word) => bilateralWords.has(word)))
    return 'bilateral';
  if (words.every((word) => generalWords.has(word))) return 'general';
  return meetingWords.has(words.at(-1) ?? '') ? 'meeting' : 'subject';
}
