/**
 * Pagefind's index files (WebAssembly, metadata, word chunks, filters, fragments): Pagefind
 * writes each of them gzipped.
 */
export const indexFile = /\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;

/** Whether a file of Pagefind's bundle is one a search fetches: its code, its worker's, or an index file (its own UIs and styles are not used). */
export const isSearchFile = (name: string): boolean =>
  name === 'pagefind.js' || name === 'pagefind-worker.js' || indexFile.test(name);
