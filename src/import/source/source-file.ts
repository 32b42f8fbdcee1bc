import { readFile } from 'node:fs/promises';
import { ImportError } from '../import-error.ts';

/** A source file read as text, with its path as the user gave it. */
export interface SourceFile {
  file: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a ministry's plain-text readout. A readout is UTF-8 text, so a missing, empty or
 * binary file is refused here, before anything is parsed or written.
 */
export async function readSourceFile(file: string): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a text file'
          : `cannot be read (${code ?? String(error)})`;
    throw new ImportError(file, reason);
  }
  return { file, text: decodeText(bytes, file) };
}

/** The text of a file's bytes: UTF-8 without BOM, line endings as `\n`. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0)
    throw new ImportError(file, 'the file is empty: expected a readout as plain text');
  // NUL never occurs in text; invalid UTF-8 means another encoding or a binary file. The
  // decoder drops a byte-order mark.
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = utf8.decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new ImportError(
      file,
      'this is not a UTF-8 text file (binary data?): expected a readout as plain text',
    );
  }
  if (text.trim() === '')
    throw new ImportError(
      file,
      'the file holds only blank lines: expected a readout as plain text',
    );
  return text;
}
