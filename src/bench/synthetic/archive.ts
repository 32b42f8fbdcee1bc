import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { picker, seededRandom } from './random.ts';
import { syntheticReadout } from './readout.ts';
import { noRevisions, writeVersions, type Revisions } from './versions.ts';
import { syntheticPeople, syntheticTopics } from './vocabulary.ts';

/** YAML for a list of objects of plain string and string-list fields. */
function yamlList(items: Record<string, string | string[]>[]): string {
  const value = (text: string) => JSON.stringify(text);
  return items
    .map((item) =>
      Object.entries(item)
        .map(
          ([key, field], index) =>
            `${index === 0 ? '- ' : '  '}${key}: ${Array.isArray(field) ? `[${field.map(value).join(', ')}]` : value(field)}`,
        )
        .join('\n'),
    )
    .join('\n');
}

/**
 * Writes a synthetic archive of `count` readouts into `dir` (as `content/` is laid out), the
 * same for the same seed: 3 to 7 sections each, drawn from forty topics and eighty people;
 * `revisions.share` of them revised by their publishers, with earlier versions. Returns the
 * readouts' ids in the order written: the first is the same whatever the count.
 */
export async function writeSyntheticArchive(
  dir: string,
  count: number,
  seed = 2016,
  revisions: Revisions = noRevisions,
): Promise<string[]> {
  const random = seededRandom(seed);
  // Revisions are drawn apart, so that the readouts are the same with them or without.
  const revising = seededRandom(seed + 1);
  const [fewest, most] = revisions.versions;
  const { int, one, some } = picker(random);
  const topics = syntheticTopics();
  const people = syntheticPeople();
  await mkdir(join(dir, 'meetings'), { recursive: true });
  await writeFile(
    join(dir, 'topics.yaml'),
    `${yamlList(topics.map(({ id, title, aliases }) => ({ id, title, description: `Synthetic topic: ${title}.`, aliases })))}\n`,
  );
  await writeFile(
    join(dir, 'people.yaml'),
    `${yamlList(people.map(({ id, name, familyName, country }) => ({ id, name, familyName, country, mentions: [name] })))}\n`,
  );
  await writeFile(
    join(dir, 'kinds.yaml'),
    `${yamlList(['courtesy-call', 'summit-meeting', 'telephone-talk', 'foreign-ministers-meeting', 'meeting'].map((id) => ({ id, label: id.replace(/-/g, ' ') })))}\n`,
  );
  const used = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const date = `${String(int(2000, 2025))}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const [host, guest] = some(people, 2);
    if (!host || !guest) throw new Error('The synthetic vocabulary has fewer than two people.');
    let id = `${date}-${host.familyName}-${guest.familyName}`.toLowerCase();
    while (used.has(id)) id = `${id}-${one(['a', 'b', 'c', 'd'])}`;
    used.add(id);
    const text = syntheticReadout(random, id, date, host, guest, some(topics, int(3, 7)), people);
    const versions = revising() < revisions.share ? picker(revising).int(fewest, most) : 1;
    await writeVersions(join(dir, 'meetings'), id, text, versions, revising);
  }
  return [...used];
}
