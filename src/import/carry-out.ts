import { join } from 'node:path';
import type { ImportPlan, PlannedReadout } from './plan.ts';
import { changesReport } from './revisions/revision.ts';
import { kindEntry, personEntry, topicEntry } from './vocabulary/entries.ts';
import { vocabularyFiles } from './vocabulary/vocabulary.ts';
import { appendToFile, backUp, writeFileAtomic, writeNewFile } from './output/write-files.ts';

/** Writes the planned readouts: new vocabulary entries first, so that no readout refers to a missing one. Returns the report. */
export async function carryOut(plan: ImportPlan, contentDir: string): Promise<string[]> {
  if (plan.fatal !== undefined)
    throw new Error('A plan that failed as a whole must not be written.');
  const entries: [string, string][] = [
    [vocabularyFiles.topics, plan.newTopics.map(topicEntry).join('')],
    [vocabularyFiles.people, plan.newPeople.map(personEntry).join('')],
    [vocabularyFiles.kinds, plan.newKinds.map(kindEntry).join('')],
  ];
  for (const [name, text] of entries)
    if (text !== '') await appendToFile(join(contentDir, name), text);
  const report = newEntriesReport(plan, contentDir);
  for (const readout of plan.readouts) {
    const { revision } = readout;
    // The previous version first, never over a file: a version is never edited once recorded.
    if (revision) await writeNewFile(revision.versionFile, revision.versionText);
    const backup = readout.replaces ? await backUp(readout.target) : undefined;
    await writeFileAtomic(readout.target, readout.text);
    report.push(...writtenReport(readout, backup));
  }
  return report;
}

/** What was written for a readout: created, replaced, or revised with what changed. */
export function writtenReport(readout: PlannedReadout, backup?: string, dryRun = false): string[] {
  const { revision, target, file } = readout;
  if (revision)
    return [
      `${dryRun ? 'Would record' : 'Recorded'} a revision of ${target} from ${file}, captured on ${readout.fields.source.captured ?? ''}: the previous version ${dryRun ? 'would be' : 'is'} kept as ${revision.versionFile}`,
      ...changesReport(revision.changes).map((line) => `  ${line}`),
    ];
  if (dryRun) return [`Would ${readout.replaces ? 'replace' : 'create'} ${target}`];
  return [
    `${readout.replaces ? 'Replaced' : 'Created'} ${target} from ${file}${backup ? ` (the previous file is kept as ${backup})` : ''}`,
  ];
}

/** One line per text the archive already holds word for word. */
export const unchangedReport = (plan: ImportPlan): string[] =>
  plan.unchanged.map(
    ({ file, target }) =>
      `${file}: ${target} already holds this text, word for word: nothing to record`,
  );

/** One line per new topic, person and kind: what an editor should review (descriptions, names, labels). */
export function newEntriesReport(plan: ImportPlan, contentDir: string): string[] {
  return [
    ...plan.newTopics.map(
      (topic) =>
        `New topic "${topic.id}" (${topic.title}) in ${join(contentDir, vocabularyFiles.topics)}: review its description and aliases`,
    ),
    ...plan.newPeople.map(
      (person) =>
        `New person "${person.id}" (${person.name}) in ${join(contentDir, vocabularyFiles.people)}: review the family name and mentions`,
    ),
    ...plan.newKinds.map(
      (kind) =>
        `New kind of meeting "${kind.id}" (${kind.label}) in ${join(contentDir, vocabularyFiles.kinds)}: review its label`,
    ),
  ];
}
