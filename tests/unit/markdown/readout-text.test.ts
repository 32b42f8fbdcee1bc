import { describe, expect, it } from 'vitest';
import { readoutTextOf } from '../../../src/markdown/readout-text.ts';

const outline = { lead: [], sections: [] };
const parts = { leadHtml: '', sections: {} };

describe('the text the plugins hand to the pages', () => {
  it('is the outline and the HTML in parts', () => {
    expect(readoutTextOf({ outline, parts, other: 1 })).toEqual({ outline, parts });
  });

  it('is refused, naming what is missing, when a plugin did not run', () => {
    const told = (what: string) =>
      `This readout was rendered without its ${what}: are remark-readout-outline and rehype-readout-parts in the Markdown pipeline (src/markdown/pipeline.ts)?`;
    expect(() => readoutTextOf({ outline })).toThrow(told('parts'));
    expect(() => readoutTextOf({ parts })).toThrow(told('outline'));
    expect(() => readoutTextOf(undefined)).toThrow(told('outline'));
  });
});
