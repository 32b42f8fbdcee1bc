import type { Kind, Person, Topic } from './vocabulary.ts';
import { yamlLines } from '../output/yaml-text.ts';

/** A new topic as an entry of `content/topics.yaml`, in the file's own layout. */
export function topicEntry({ id, title, description, aliases }: Topic): string {
  return `${yamlLines([{ id, title, description, aliases: aliases.length > 0 ? aliases : undefined }]).join('\n')}\n`;
}

/** A new person as an entry of `content/people.yaml`, in the file's own layout. */
export function personEntry({ id, name, familyName, country, mentions }: Person): string {
  return `${yamlLines([{ id, name, familyName, country, mentions: mentions.length > 0 ? mentions : undefined }]).join('\n')}\n`;
}

/** A new kind of meeting as an entry of `content/kinds.yaml`. */
export function kindEntry({ id, label }: Kind): string {
  return `${yamlLines([{ id, label }]).join('\n')}\n`;
}
