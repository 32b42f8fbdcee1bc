import type { ParticipantField } from './output/frontmatter.ts';

/** Facts given on the command line for what a text does not say; each replaces what the text says. */
export interface GivenFields {
  date?: string;
  published?: string;
  /** A kind id of `content/kinds.yaml`, or a new one. */
  kind?: string;
  /** An editorial title. */
  title?: string;
  series?: string;
  /** Topic ids of `content/topics.yaml`, for a text whose topics cannot be told. */
  topics?: string[];
  /** People of `content/people.yaml` with their roles, principals first. */
  participants?: ParticipantField[];
  /** Readouts of the archive that are other accounts of the same meeting. */
  counterparts?: string[];
  /** Readouts of the archive that look like other accounts of the meeting, but are not. */
  notCounterparts?: string[];
}
