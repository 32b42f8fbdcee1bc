import { describe, expect, it } from 'vitest';
import { storedTextOf } from '../../../src/stored/text.ts';

const outline = { lead: [], sections: [] };

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
