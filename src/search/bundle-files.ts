/**
 * Pagefind's index files (WebAssembly, metadata, word chunks, filters, fragments): Pagefind
 * writes each of them gzipped.
 */
export const indexFile = /\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;

/** Whether a file of Pagefind's bundle is one a search fetches: its code or an index file (its own UIs, styles and worker are not used). */
export const isSearchFile = (name: string): boolean =>
  name === 'pagefind.js' || indexFile.test(name);
