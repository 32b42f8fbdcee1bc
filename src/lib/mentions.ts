import type { OutlineSection } from '../markdown/outline.ts';
import type { Person } from './readout.ts';

/** True when a section's text names the person in one of the forms of their `mentions`. */
export function mentions(section: Pick<OutlineSection, 'paragraphs'>, person: Person): boolean {
  const names = [person.data.name, ...person.data.mentions];
  return section.paragraphs.some(({ text }) => names.some((name) => text.includes(name)));
}
