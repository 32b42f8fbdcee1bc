import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip } from 'node:zlib';
import { mapInTurn } from '../lib/in-turn.ts';
import { indexFile, isSearchFile } from './bundle-files.ts';

const brotli = promisify(brotliCompress);
const inflate = promisify(gunzip);

// Brotli's quality for each kind of file of the bundle: see compressIndex.
const qualityOf = (file: string): number =>
  file.endsWith('.pf_fragment')
    ? 5
    : file.endsWith('.pf_index')
      ? 10
      : constants.BROTLI_MAX_QUALITY;

async function compressFile(file: string): Promise<void> {
  const stored = await readFile(file);
  const content = indexFile.test(file) ? await inflate(stored) : stored;
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: qualityOf(file),
    [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
  };
  await writeFile(`${file}.br`, await brotli(content, { params }));
}

/**
 * Writes a brotli copy (`<file>.br`) beside each file of the search bundle, for hosts that serve
 * precompressed files (nginx's `brotli_static`, Caddy's `precompressed`). The code, WebAssembly
 * and metadata, fetched once per reader, get brotli's best (slow) compression: a fifth smaller
 * than Pagefind's gzip. The word chunks, tens of megabytes on a large archive, get the next
 * quality: 2% larger, and a quarter of the time (26 s against 7 s for 3,000 readouts). The
 * fragments, one per page, get a fast one, so that the build stays linear in the archive.
 */
export async function compressIndex(bundle: string): Promise<void> {
  const entries = await readdir(bundle, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && isSearchFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  // Some files at a time, not all: an archive of thousands of readouts has tens of thousands of
  // fragments, more than a process may hold open at once. Eight a core keep zlib's threads busy.
  await mapInTurn(files, 8 * availableParallelism(), compressFile);
}
