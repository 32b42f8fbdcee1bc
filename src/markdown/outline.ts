/** A paragraph of a readout: its anchor id and its text exactly as published. */
export interface OutlineParagraph {
  id: string;
  text: string;
}

/** A `###` heading inside a section (a sub-item such as "(1) Overall"). */
export interface OutlineSubsection {
  id: string;
  title: string;
}

/** A `##` section: its id is the id of the topic it is bound to. */
export interface OutlineSection {
  id: string;
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
