import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);

// The files of Pagefind's bundle that a search fetches. Its own UIs, styles and worker are not used.
const searchFiles = /^(pagefind\.js|.*\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment))$/;
// Pagefind writes its index files gzipped, starting with gzip's magic number.
const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Writes a brotli copy (`<file>.br`) beside each file of the search bundle, for hosts that serve
 * precompressed files (nginx's `brotli_static`, Caddy's `precompressed`). The code, WebAssembly,
 * metadata and index chunks, fetched once per reader, get brotli's best (slow) compression: a
 * fifth smaller than Pagefind's gzip. The fragments, one per page, get a fast one, so that the
 * build stays linear in the archive.
 */
export async function compressIndex(bundle: string): Promise<void> {
  const entries = await readdir(bundle, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && searchFiles.test(entry.name));
  await Promise.all(
    files.map(async (entry) => {
      const file = join(entry.parentPath, entry.name);
      const stored = await readFile(file);
      const content = isGzip(stored) ? gunzipSync(stored) : stored;
      const quality = entry.name.endsWith('.pf_fragment') ? 5 : constants.BROTLI_MAX_QUALITY;
      const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length };
      await writeFile(`${file}.br`, await brotli(content, { params }));
    }),
  );
}
