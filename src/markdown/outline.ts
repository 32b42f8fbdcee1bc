import type { ReadoutParts } from './rehype-readout-parts.ts';

/** A paragraph of a readout: its anchor id and its text exactly as published. */
export interface OutlineParagraph {
  id: string;
  /** Its place in its section (or in the lead), counting from 1: "para. 2". */
  number: number;
  text: string;
  /** The topics the paragraph declares itself bound to (`… {#trade topic=trade,energy}`). */
  topics?: string[];
  /** Line of a paragraph that declares its topics, for error messages. */
  line?: number;
}

/** A `###` heading inside a section (a sub-item such as "(1) Overall"). */
export interface OutlineSubsection {
  id: string;
  title: string;
}

/** A `##` section: its declared anchor id, and the topics it is bound to (by default the one of that id). */
export interface OutlineSection {
  id: string;
  /** Empty for a section bound to no topic (`{#introduction topic=none}`). */
  topics: string[];
  title: string;
  /** Line of the heading in the readout's file, for error messages. */
  line: number;
  subsections: OutlineSubsection[];
  paragraphs: OutlineParagraph[];
}

/** The structure of a readout's text, read from its Markdown by `remark-readout-outline`. */
export interface ReadoutOutline {
  /** Paragraphs before the first section (the lead). */
  lead: OutlineParagraph[];
  sections: OutlineSection[];
}

/** What the readout plugins hand to the pages in a rendered readout's frontmatter. */
interface PluginFrontmatter {
  outline?: ReadoutOutline;
  parts?: ReadoutParts;
}

/** The outline a rendered readout carries in its plugin frontmatter. */
export function outlineOf(frontmatter: unknown): ReadoutOutline {
  const { outline } = (frontmatter ?? {}) as PluginFrontmatter;
  if (!outline)
    throw new Error(
      'This readout was rendered without its outline: is remark-readout-outline in the Markdown pipeline?',
    );
  return outline;
}

/** The HTML parts (lead, sections) of a rendered readout. */
export function partsOf(frontmatter: unknown): ReadoutParts {
  return ((frontmatter ?? {}) as PluginFrontmatter).parts ?? { leadHtml: '', sections: {} };
}
