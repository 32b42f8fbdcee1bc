import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importReadout, type ImportedReadout } from './import-readout.ts';
import { ImportError } from './import-error.ts';
import { readSourceFile } from './source/source-file.ts';
import {
  loadVocabulary,
  vocabularyFiles,
  type Person,
  type Topic,
} from './vocabulary/vocabulary.ts';
import { personEntry, topicEntry } from './vocabulary/entries.ts';
import { appendToFile, backUp, writeFileAtomic } from './output/write-files.ts';

/** What an import run was asked to do. */
export interface ImportRequest {
  files: string[];
  contentDir: string;
  publisher: string;
  url?: string;
  force: boolean;
  /** A dry run reports an existing readout instead of refusing it: it writes nothing anyway. */
  dryRun?: boolean;
}

/** A readout to write, and where. */
export interface PlannedReadout extends ImportedReadout {
  /** The readout file to write, under the content folder. */
  target: string;
  /** True when the target exists (and `--force` allows replacing it, or this is a dry run). */
  replaces: boolean;
}

/** Everything an import run would write, or why it cannot. */
export interface ImportPlan {
  readouts: PlannedReadout[];
  newTopics: Topic[];
  newPeople: Person[];
  /** One message per problem, each naming its file; when there is any, nothing may be written. */
  errors: string[];
}

/**
 * Reads, parses and checks every input before anything is written, so that one bad file
 * leaves the content untouched. Later files see the topics and people earlier ones create.
 */
export async function planImport(request: ImportRequest): Promise<ImportPlan> {
  const plan: ImportPlan = { readouts: [], newTopics: [], newPeople: [], errors: [] };
  const vocabulary = await loadVocabulary(request.contentDir).catch((error: unknown) => {
    plan.errors.push((error as Error).message);
  });
  const sources = await Promise.all(
    request.files.map((file) => readSourceFile(file).catch((error: unknown) => error as Error)),
  );
  for (const source of sources) {
    if (source instanceof Error) {
      plan.errors.push(source.message);
      continue;
    }
    if (!vocabulary) continue;
    try {
      const readout = importReadout(source, vocabulary, {
        publisher: request.publisher,
        ...(request.url ? { url: request.url } : {}),
      });
      vocabulary.topics.push(...readout.newTopics);
      vocabulary.people.push(...readout.newPeople);
      plan.newTopics.push(...readout.newTopics);
      plan.newPeople.push(...readout.newPeople);
      const target = join(request.contentDir, 'meetings', `${readout.id}.md`);
      const earlier = plan.readouts.find((planned) => planned.target === target);
      if (earlier)
        throw new ImportError(
          source.file,
          `would write ${target}, as ${earlier.file} does: two readouts of the same meeting?`,
        );
      const replaces = existsSync(target);
      if (replaces && !request.force && !request.dryRun)
        throw new ImportError(
          source.file,
          `${target} already exists; it was left untouched (use --force to replace it; a backup is kept)`,
        );
      plan.readouts.push({ ...readout, target, replaces });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      plan.errors.push(error.message);
    }
  }
  return plan;
}

/** Writes a plan without errors: new vocabulary entries first, so that no readout refers to a missing one. Returns the report. */
export async function carryOut(plan: ImportPlan, contentDir: string): Promise<string[]> {
  if (plan.errors.length > 0) throw new Error('A plan with errors must not be written.');
  const report: string[] = [];
  if (plan.newTopics.length > 0) {
    await appendToFile(
      join(contentDir, vocabularyFiles.topics),
      plan.newTopics.map(topicEntry).join(''),
    );
  }
  if (plan.newPeople.length > 0) {
    await appendToFile(
      join(contentDir, vocabularyFiles.people),
      plan.newPeople.map(personEntry).join(''),
    );
  }
  report.push(...newEntriesReport(plan, contentDir));
  for (const readout of plan.readouts) {
    const backup = readout.replaces ? await backUp(readout.target) : undefined;
    await writeFileAtomic(readout.target, readout.text);
    report.push(
      `${readout.replaces ? 'Replaced' : 'Created'} ${readout.target} from ${readout.file}${backup ? ` (the previous file is kept as ${backup})` : ''}`,
    );
  }
  return report;
}

/** One line per new topic and person: what an editor should review (descriptions, names). */
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
  ];
}
