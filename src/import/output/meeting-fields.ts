import type { ReadoutDraft } from '../draft.ts';
import type { Inferred } from '../inferred.ts';
import { startZone } from '../vocabulary/start-zone.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { MeetingFields } from './frontmatter.ts';

/** The readout's facts of time and place, around the fields every readout has. */
export function meetingFields(
  draft: ReadoutDraft,
  vocabulary: Vocabulary,
  inferred: Inferred[],
  core: Omit<MeetingFields, 'start' | 'duration' | 'place' | 'photoCredit'>,
): MeetingFields {
  const { start, duration, place } = draft;
  const timeZone =
    start && startZone(start, place, draft.publisher, vocabulary.places, inferred, core.date);
  const { title, titleSource, kind, date, participants, topics, series, source } = core;
  return {
    title,
    ...(titleSource === 'publisher' ? { titleSource } : {}),
    kind,
    date,
    ...(start
      ? {
          start: {
            time: start.time,
            approximate: start.approximate,
            ...(timeZone ? { timeZone } : {}),
          },
        }
      : {}),
    ...(duration ? { duration } : {}),
    ...(place ? { place } : {}),
    participants,
    topics,
    ...(series ? { series } : {}),
    source,
    ...(core.counterparts ? { counterparts: core.counterparts } : {}),
    ...(core.notCounterparts ? { notCounterparts: core.notCounterparts } : {}),
    ...(draft.photoCredit ? { photoCredit: draft.photoCredit } : {}),
  };
}
