import { idSyntax } from '../schemas/id.ts';

/** The syntax an editor uses to declare an anchor id at the end of a heading: `## 4. TPP {#tpp}`. */
export const declaredIdPattern = new RegExp(String.raw`\s*\{#(${idSyntax})\}\s*$`);

/** Paragraph ids (`p1`, `tpp-p2`) are made by `remark-paragraph-ids`; headings may not take them. */
export const paragraphIdPattern = /^(?:[a-z0-9-]+-)?p(\d+)$/;
