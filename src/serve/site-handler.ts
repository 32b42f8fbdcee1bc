import { existsSync, readFileSync, statSync } from 'node:fs';
import type { RequestListener, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexFile } from '../search/bundle-files.ts';
import { headersFor, readHeadersFile, type HeaderRule } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The encodings a request accepts that this server can send. */
interface Accepts {
  gzip: boolean;
  br: boolean;
}

// Like a CDN's edge, keep each file, compressed once, in memory; a rebuild replaces the files
// (`npm run build` swaps in a new folder), and a file whose time or size has changed is read again.
const bodies = new Map<string, { version: string; body: Buffer }>();
function body(file: string, compress: boolean): Buffer {
  const key = `${compress ? 'gzip:' : ''}${file}`;
  const { mtimeMs, size } = statSync(file);
  const version = `${String(mtimeMs)} ${String(size)}`;
  const cached = bodies.get(key);
  if (cached?.version === version) return cached.body;
  const read = compress ? gzipSync(readFileSync(file)) : readFileSync(file);
  bodies.set(key, { version, body: read });
  return read;
}

// Like nginx's `brotli_static`: a brotli copy written by the build (the search bundle's) is sent
// to browsers that accept brotli. Otherwise gzip: Pagefind's index files are gzip files already,
// and sent as such the browser inflates them natively (Pagefind skips its own, slower, inflate);
// text is compressed here.
function encoding(
  file: string,
  accepts: Accepts,
): { encoding?: 'br' | 'gzip'; source: string; compress: boolean } {
  if (accepts.br && existsSync(`${file}.br`))
    return { encoding: 'br', source: `${file}.br`, compress: false };
  if (!accepts.gzip) return { source: file, compress: false };
  if (indexFile.test(file)) return { encoding: 'gzip', source: file, compress: false };
  if (types[extname(file)] === undefined) return { source: file, compress: false };
  return { encoding: 'gzip', source: file, compress: true };
}

function send(
  response: ServerResponse,
  file: string,
  status: number,
  accepts: Accepts,
  declared: Record<string, string>,
): void {
  const sent = encoding(file, accepts);
  response.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // What Netlify and Cloudflare send unless `_headers` says otherwise: revalidate every time.
    'cache-control': 'public, max-age=0, must-revalidate',
    ...declared,
    ...(sent.encoding ? { 'content-encoding': sent.encoding, vary: 'accept-encoding' } : {}),
  });
  response.end(body(sent.source, sent.compress));
}

/**
 * Answers requests for a built site as a static host would: under its base path, with a
 * trailing-slash redirect for folders, gzip or the build's brotli copies, the site's 404 page,
 * and the headers the site's `_headers` file declares.
 */
export function siteHandler(dir: string, base: string): RequestListener {
  const root = resolve(dir);
  const rules: HeaderRule[] = readHeadersFile(join(root, '_headers'));
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const accepted = request.headers['accept-encoding'] ?? '';
    const accepts: Accepts = { gzip: /\bgzip\b/.test(accepted), br: /\bbr\b/.test(accepted) };
    // Paths as `_headers` writes them: from the root of the built site, whatever its base.
    const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
    const file = pathname.startsWith(base) ? join(root, decodeURIComponent(sitePath)) : '';
    // Like the hosts, never publish the file of headers itself.
    const inside = (file === root || file.startsWith(root + sep)) && sitePath !== '/_headers';
    const declared = headersFor(rules, sitePath);
    if (inside && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      if (existsSync(join(file, 'index.html'))) {
        send(response, join(file, 'index.html'), 200, accepts, declared);
        return;
      }
    } else if (inside && existsSync(file)) {
      send(response, file, 200, accepts, declared);
      return;
    }
    send(response, join(root, '404.html'), 404, accepts, declared);
  };
}
