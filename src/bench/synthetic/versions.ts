import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../../lib/dates.ts';
import { picker } from './random.ts';

/** How many readouts of a synthetic archive their publishers revised, and how many times. */
export interface Revisions {
  /** The share of the readouts that have earlier versions, from 0 to 1. */
  share: number;
  /** How many versions a revised readout has in all (the current one too): at least, at most. */
  versions: readonly [number, number];
}

/** An archive whose readouts were never revised. */
export const noRevisions: Revisions = { share: 0, versions: [1, 1] };

// What publishers do to a readout after release: a word corrected, a sentence added.
const corrections = [
  ['stated that', 'underlined that'],
  ['noted that', 'pointed out that'],
  ['welcomed that', 'appreciated that'],
  ['emphasized that', 'stressed that'],
] as const;
const addedSentence = 'The two sides also agreed to consult closely at the working level.';

/** The body with one paragraph revised: a word corrected where one can be, else a sentence added. */
function revised(body: string, random: () => number): string {
  const { int, one } = picker(random);
  const blocks = body.split('\n\n');
  const paragraphs = blocks.flatMap((block, index) => (block.startsWith('#') ? [] : [index]));
  const at = one(paragraphs);
  const paragraph = blocks[at] ?? '';
  const [from, to] = corrections[int(0, corrections.length - 1)] ?? corrections[0];
  blocks[at] = paragraph.includes(from)
    ? paragraph.replace(from, to)
    : `${paragraph} ${addedSentence}`;
  return blocks.join('\n\n');
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Writes a synthetic readout with `count` versions, as the importer records revisions: each
 * earlier one, verbatim, in `<id>.versions/<captured>.md`, captured a week apart from the
 * day of publication; the current file lists them with their SHA-256. Each version is the one
 * before with one paragraph revised.
 */
export async function writeVersions(
  meetings: string,
  id: string,
  text: string,
  count: number,
  random: () => number,
): Promise<void> {
  if (count < 2) return writeFile(join(meetings, `${id}.md`), text);
  const end = text.indexOf('\n---\n', 4);
  const frontmatter = text.slice(0, end);
  const published = /\n {2}published: (\S+)/.exec(frontmatter)?.[1] ?? '';
  const withCaptured = (captured: string) =>
    frontmatter.replace(/(\n {2}published: \S+)/, `$1\n  captured: ${captured}`);
  const folder = join(meetings, `${id}.versions`);
  await mkdir(folder, { recursive: true });
  let body = text.slice(end + 5);
  const listed: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const captured = addDays(published, 7 * index);
    const head = index === 0 ? frontmatter : withCaptured(captured);
    if (index === count - 1) {
      await writeFile(
        join(meetings, `${id}.md`),
        `${head}\nversions:\n${listed.join('\n')}\n---\n${body}`,
      );
      return;
    }
    const version = `${head}\n---\n${body}`;
    await writeFile(join(folder, `${captured}.md`), version);
    listed.push(`  - captured: ${captured}\n    sha256: ${sha256(version)}`);
    body = revised(body, random);
  }
}
