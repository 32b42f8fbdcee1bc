import { describe, expect, it } from 'vitest';
import { decodeText, readSourceFile } from '../../../src/import/source/source-file.ts';
import { fixture } from '../../support/import.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const refusal = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'read';
};

describe('the text of a source file', () => {
  it('is the file’s own text, with the path as given', async () => {
    const file = fixture('titled-sections.txt');
    const { file: named, text } = await readSourceFile(file);
    expect(named).toBe(file);
    expect(text).toMatch(/^Japan-Australia Relations\n/);
  });

  it('reads old Mac line endings as \\n, and keeps a byte-order mark that does not start the text', () => {
    expect(decodeText(encode('Series\r\rA\uFEFFB\r\n'), 'mac.txt')).toBe('Series\n\nA\uFEFFB\n');
  });

  it('refuses UTF-8 with a NUL byte, which text never holds', () => {
    expect(refusal(() => decodeText(encode('Japan\u0000Australia'), 'nul.txt'))).toBe(
      'nul.txt: this is not a UTF-8 text file (binary data?): expected a readout as plain text',
    );
  });

  it('refuses a file of blank lines, naming it', () => {
    expect(refusal(() => decodeText(encode('\uFEFF\r\n \r\n'), 'blank.txt'))).toBe(
      'blank.txt: the file holds only blank lines: expected a readout as plain text',
    );
  });

  it('refuses a folder, and a path it cannot read, naming why', async () => {
    await expect(readSourceFile('tests/fixtures/import')).rejects.toThrow(
      'tests/fixtures/import: this is a folder, not a text file',
    );
    const below = `${fixture('empty.txt')}/text.txt`;
    await expect(readSourceFile(below)).rejects.toThrow(`${below}: cannot be read (ENOTDIR)`);
  });
});
