import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GivenFields } from './given-fields.ts';
import { importReadout, type ImportedReadout } from './import-readout.ts';
import { accountOf, accountsNear } from './pairs/archive-accounts.ts';
import { foundCounterparts } from './pairs/found-counterparts.ts';
import { checkGivenCounterparts } from './pairs/given-counterparts.ts';
import { readoutFileText } from './output/frontmatter.ts';
import { ImportError } from './import-error.ts';
import { kindEntry, personEntry, topicEntry } from './vocabulary/entries.ts';
import { readSourceFile } from './source/source-file.ts';
import {
  loadVocabulary,
  vocabularyFiles,
  type Kind,
  type Person,
  type Topic,
} from './vocabulary/vocabulary.ts';
import { targetOf } from './output/target-file.ts';
import { appendToFile, backUp, writeFileAtomic } from './output/write-files.ts';

/** What an import run was asked to do. */
export interface ImportRequest {
  files: string[];
  contentDir: string;
  /** The publisher, by name, when neither the page's address nor its text tells. */
  publisher?: string;
  url?: string;
  /** Facts for what the text does not say (one file only). */
  given?: GivenFields;
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

/** A file that cannot be imported: why, and the flags that would supply what it lacks. */
interface FailedFile {
  file: string;
  message: string;
  flags: readonly string[];
}

/** Everything an import run would write, and the files it cannot import. */
export interface ImportPlan {
  readouts: PlannedReadout[];
  newTopics: Topic[];
  newPeople: Person[];
  newKinds: Kind[];
  /** The files that cannot be imported; nothing of theirs is written. */
  failed: FailedFile[];
  /** A problem with the whole run (the vocabularies cannot be read): nothing may be written. */
  fatal?: string;
}

/**
 * Reads, parses and checks every input before anything is written. A file that cannot be
 * imported contributes nothing (no readout, topic, person or kind); the others are planned.
 * Later files see the topics, people and kinds earlier ones create, so one person has one id
 * across a batch: the archive's, or the first one made.
 */
export async function planImport(request: ImportRequest): Promise<ImportPlan> {
  const plan: ImportPlan = { readouts: [], newTopics: [], newPeople: [], newKinds: [], failed: [] };
  let vocabulary;
  try {
    vocabulary = await loadVocabulary(request.contentDir);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { ...plan, fatal: error.message };
  }
  for (const file of request.files) {
    try {
      const source = await readSourceFile(file);
      const readout = importReadout(source, vocabulary, {
        ...(request.publisher ? { publisher: request.publisher } : {}),
        ...(request.url ? { url: request.url } : {}),
        ...(request.given ? { given: request.given } : {}),
      });
      const target = await targetOf(readout, request.contentDir, plan.readouts);
      await checkGivenCounterparts(
        file,
        target,
        readout.fields.date,
        readout.fields.counterparts ?? [],
        request.contentDir,
      );
      const paired = await withFoundCounterparts(readout, target, plan, request.contentDir);
      const replaces = existsSync(target);
      if (replaces && !request.force && !request.dryRun)
        throw new ImportError(
          file,
          `${target} already exists; it was left untouched (use --force to replace it; a backup is kept)`,
        );
      vocabulary.topics.push(...readout.newTopics);
      vocabulary.people.push(...readout.newPeople);
      vocabulary.kinds.push(...readout.newKinds);
      plan.newTopics.push(...readout.newTopics);
      plan.newPeople.push(...readout.newPeople);
      plan.newKinds.push(...readout.newKinds);
      plan.readouts.push({ ...paired, target, replaces });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      plan.failed.push({ file, message: error.message, flags: error.flags });
    }
  }
  return plan;
}

/**
 * The readout linked to the other accounts of its meeting that the archive, or the batch
 * before it, holds: the same principals, a day apart at most, another publisher. Each link is
 * reported, with the flag that undoes it.
 */
async function withFoundCounterparts(
  readout: ImportedReadout,
  target: string,
  plan: ImportPlan,
  contentDir: string,
): Promise<ImportedReadout> {
  const id = basename(target, '.md');
  const given = readout.fields.counterparts ?? [];
  const planned = plan.readouts.map((other) =>
    accountOf(basename(other.target, '.md'), other.fields),
  );
  const archive = (await accountsNear(contentDir, readout.fields.date)).filter(
    (account) => account.id !== id && !planned.some((other) => other.id === account.id),
  );
  const found = foundCounterparts(accountOf(id, readout.fields), [...archive, ...planned], given);
  if (found.length === 0) return readout;
  const fields = { ...readout.fields, counterparts: [...given, ...found.map((other) => other.id)] };
  return {
    ...readout,
    fields,
    text: readoutFileText(fields, readout.markdown),
    notes: [
      ...readout.notes,
      ...found.map(
        (other) =>
          `paired with ${other.id} (${other.publisher}, ${other.date}) as the other account of the meeting; if it is another meeting, import again with --not-counterpart ${other.id}`,
      ),
    ],
  };
}

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
    const backup = readout.replaces ? await backUp(readout.target) : undefined;
    await writeFileAtomic(readout.target, readout.text);
    report.push(
      `${readout.replaces ? 'Replaced' : 'Created'} ${readout.target} from ${readout.file}${backup ? ` (the previous file is kept as ${backup})` : ''}`,
    );
  }
  return report;
}

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
