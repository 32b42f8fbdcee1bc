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
