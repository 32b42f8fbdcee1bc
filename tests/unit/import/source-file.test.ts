import { describe, expect, it } from 'vitest';
import { decodeText, readSourceFile } from '../../../src/import/source/source-file.ts';
import { fixture } from '../../support/import.ts';

const reasonOf = (read: Promise<unknown>): Promise<string> =>
  read.then(
    () => 'read',
    (error: unknown) => (error as Error).message,
  );

describe('reading a source file', () => {
  it('refuses a file that does not exist, naming it', async () => {
    expect(await reasonOf(readSourceFile('tests/fixtures/import/no-such-file.txt'))).toBe(
      'tests/fixtures/import/no-such-file.txt: no such file',
    );
  });

  it('refuses an empty file', async () => {
    expect(await reasonOf(readSourceFile(fixture('empty.txt')))).toBe(
      `${fixture('empty.txt')}: the file is empty: expected a readout as plain text`,
    );
  });

  it('refuses a binary file', async () => {
    expect(await reasonOf(readSourceFile(fixture('binary.bin')))).toMatch(
      /binary\.bin: this is not a UTF-8 text file/,
    );
  });

  it('refuses a folder', async () => {
    expect(await reasonOf(readSourceFile('tests/fixtures/import'))).toMatch(/this is a folder/);
  });

  it('refuses text in another encoding (Latin-1)', () => {
    expect(() =>
      decodeText(Uint8Array.from([0x4a, 0x61, 0x70, 0x61, 0x6e, 0xe9]), 'latin1.txt'),
    ).toThrow(/not a UTF-8 text file/);
  });

  it('refuses a file of blank lines', () => {
    expect(() => decodeText(new TextEncoder().encode('\n \n\t\n'), 'blank.txt')).toThrow(
      /only blank lines/,
    );
  });

  it('drops a byte-order mark and reads Windows line endings as \\n', () => {
    expect(
      decodeText(
        new TextEncoder().encode('\uFEFFSeries\r\n\r\nSeptember 21, 2016\r\n'),
        'crlf.txt',
      ),
    ).toBe('Series\n\nSeptember 21, 2016\n');
  });
});
