import { existsSync } from 'node:fs';
import type { GivenFields } from './given-fields.ts';
import { importReadout, type ImportedReadout } from './import-readout.ts';
import { checkGivenCounterparts } from './pairs/given-counterparts.ts';
import { withFoundCounterparts } from './pairs/linked-counterparts.ts';
import { readPrevious, refuseForceOverVersions } from './revisions/previous-readout.ts';
import { revisionOf, type Revision } from './revisions/revision.ts';
import { today } from '../lib/dates.ts';
import { ImportError } from './import-error.ts';
import { readSourceFile } from './source/source-file.ts';
import { loadVocabulary, type Kind, type Person, type Topic } from './vocabulary/vocabulary.ts';
import { targetOf } from './output/target-file.ts';

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
  /** The day the texts were captured from their pages (default: today), naming a revision. */
  captured?: string;
  /** A dry run writes nothing. */
  dryRun?: boolean;
}

/** A readout to write, and where. */
export interface PlannedReadout extends ImportedReadout {
  /** The readout file to write, under the content folder. */
  target: string;
  /** True when `--force` replaces the target, a mistaken import. */
  replaces: boolean;
  /** A new version of a readout the archive has: the previous one is kept beside it. */
  revision?: Revision;
}

/** A text the archive already holds, word for word: nothing to record. */
interface UnchangedFile {
  file: string;
  target: string;
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
  /** The texts the archive already holds as they are. */
  unchanged: UnchangedFile[];
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
  const plan: ImportPlan = {
    readouts: [],
    newTopics: [],
    newPeople: [],
    newKinds: [],
    failed: [],
    unchanged: [],
  };
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
      const options = {
        ...(request.publisher ? { publisher: request.publisher } : {}),
        ...(request.url ? { url: request.url } : {}),
        ...(request.given ? { given: request.given } : {}),
        ...(request.captured ? { captured: request.captured } : {}),
      };
      let readout = importReadout(source, vocabulary, options);
      const target = await targetOf(readout, request.contentDir, plan.readouts);
      await checkGivenCounterparts(
        file,
        target,
        readout.fields.date,
        readout.fields.counterparts ?? [],
        request.contentDir,
      );
      const exists = existsSync(target);
      let revision: Revision | undefined;
      if (exists && request.force) {
        await refuseForceOverVersions(file, target);
      } else if (exists) {
        const previous = await readPrevious(target, file);
        const revised = await revisionOf(
          importReadout(source, vocabulary, { ...options, previous: previous.outline }),
          previous,
          request.captured ?? today(),
        );
        if (!revised) {
          plan.unchanged.push({ file, target });
          continue;
        }
        ({ readout, revision } = revised);
      }
      readout = await withFoundCounterparts(readout, target, plan.readouts, request.contentDir);
      vocabulary.topics.push(...readout.newTopics);
      vocabulary.people.push(...readout.newPeople);
      vocabulary.kinds.push(...readout.newKinds);
      plan.newTopics.push(...readout.newTopics);
      plan.newPeople.push(...readout.newPeople);
      plan.newKinds.push(...readout.newKinds);
      plan.readouts.push({
        ...readout,
        target,
        replaces: exists && request.force,
        ...(revision ? { revision } : {}),
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      plan.failed.push({ file, message: error.message, flags: error.flags });
    }
  }
  return plan;
}
