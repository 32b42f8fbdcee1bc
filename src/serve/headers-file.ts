// The `_headers` file of Netlify and Cloudflare Pages: blocks of a path pattern on its own line
// followed by indented `Name: value` lines (or `! Name` to drop a header an earlier rule set),
// `#` comments. `*` in a pattern matches anything, `:name` one segment of a path.
import { existsSync, readFileSync } from 'node:fs';

/** One block of a `_headers` file. */
export interface HeaderRule {
  /** The path pattern, as written: `/*`, `/_astro/*`, `/people/:id/`. */
  pattern: string;
  matches: RegExp;
  /** Headers to send, names in lower case, in the order written. */
  headers: [name: string, value: string][];
  /** Headers set by earlier rules that this one drops (`! Name`). */
  detach: string[];
}

/** Reads a `_headers` file; an error names the file and line. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const fail = (why: string) => new Error(`${file}:${String(index + 1)}: ${why}`);
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({
        pattern: line.trim(),
        matches: patternRegExp(line.trim()),
        headers: [],
        detach: [],
      });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw fail('a header comes before any path: start a block with a path such as /*');
    const detached = /^!\s*(\S+)$/.exec(line.trim());
    if (detached?.[1]) {
      rule.detach.push(detached[1].toLowerCase());
      return;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (colon < 0 || !/^[\w-]+$/.test(name) || value === '')
      throw fail(`"${line.trim()}" is not a header: write "Name: value"`);
    rule.headers.push([name.toLowerCase(), value]);
  });
  return rules;
}

/** Reads the `_headers` file of a built site, if it has one. */
export const readHeadersFile = (file: string): HeaderRule[] =>
  existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8'), file) : [];

// Absolute patterns (`https://host/path`) name a host: this server is never it.
function patternRegExp(pattern: string): RegExp {
  if (!pattern.startsWith('/')) return /$^/;
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give a path, as the hosts combine them: every matching rule applies in
 * the order written, and a header two rules set is sent once with both values, comma-separated.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.matches.test(path))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.headers) {
      const earlier = headers.get(name);
      headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }
  return Object.fromEntries(headers);
}
