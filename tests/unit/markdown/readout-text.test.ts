import { describe, expect, it } from 'vitest';
import { readoutTextOf, storedTextOf } from '../../../src/markdown/readout-text.ts';

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

describe('the text a stored readout carries', () => {
  it('is its outline, the file of its HTML, and its earlier versions (none by default)', () => {
    expect(storedTextOf({ outline, htmlFile: 'a.html' })).toEqual({
      outline,
      htmlFile: 'a.html',
      versions: [],
    });
    const versions = [{ captured: '2023-03-10', htmlFile: 'b.html' }];
    expect(storedTextOf({ outline, htmlFile: '', versions })).toEqual({
      outline,
      htmlFile: '',
      versions,
    });
  });

  it('is refused when the loader stored none', () => {
    const told = 'This readout was stored without its text: see src/loaders/readouts-loader.ts.';
    expect(() => storedTextOf({ outline })).toThrow(told);
    expect(() => storedTextOf({ htmlFile: 'a.html' })).toThrow(told);
    expect(() => storedTextOf(null)).toThrow(told);
  });
});
