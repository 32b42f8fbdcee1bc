import { excerptSource } from './excerpt.ts';
import type { OutlineParagraph, OutlineSection, ReadoutOutline } from '../markdown/outline.ts';

/**
 * What the content store keeps of a paragraph: where it stands and what it is bound to. Its
 * text is in the readout's own file (src/stored/html.ts): Astro compiles the whole store
 * into the build as one module, so text kept there costs memory for every readout at once.
 * A paragraph before the first section keeps the opening its excerpts are cut from. Its line in
 * the file is not kept: the loader's checks, which name it, read the outline before it is stored.
 */
export interface StoredParagraph extends Omit<OutlineParagraph, 'text' | 'line'> {
  opening?: string;
}

/** What the store keeps of a section: its outline, its excerpts' opening, and who it names. */
export interface StoredSection extends Omit<OutlineSection, 'paragraphs'> {
  paragraphs: StoredParagraph[];
  /** The start of its first paragraph, as long as the longest excerpt needs. */
  opening: string;
  /** The ids of the people its text names, in any of the forms the vocabulary lists. */
  mentions: string[];
}

export interface StoredOutline {
  lead: StoredParagraph[];
  sections: StoredSection[];
}

/** Each person's id and the forms of their name that readouts' texts use. */
export type NameForms = Map<string, string[]>;

const withoutText = ({ id, number, topics }: OutlineParagraph): StoredParagraph => ({
  id,
  number,
  ...(topics ? { topics } : {}),
});

/** The outline of a readout as the store keeps it. */
export function storedOutline(outline: ReadoutOutline, names: NameForms): StoredOutline {
  return {
    lead: outline.lead.map((paragraph) => ({
      ...withoutText(paragraph),
      opening: excerptSource(paragraph.text),
    })),
    sections: outline.sections.map(({ paragraphs, ...section }) => ({
      ...section,
      paragraphs: paragraphs.map(withoutText),
      opening: excerptSource(paragraphs[0]?.text ?? ''),
      mentions: [...names]
        .filter(([, forms]) => paragraphs.some(({ text }) => forms.some((f) => text.includes(f))))
        .map(([id]) => id),
    })),
  };
}

/** The text of each paragraph of a readout, by its id: what its own pages quote in full. */
export const paragraphTexts = (outline: ReadoutOutline): Record<string, string> =>
  Object.fromEntries(
    [...outline.lead, ...outline.sections.flatMap(({ paragraphs }) => paragraphs)].map(
      ({ id, text }) => [id, text],
    ),
  );
