// `npm start` serves the built site as a static host would: under its base path, with gzip,
// and with the site's 404 page, so that what is tested and measured is what readers get.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' } },
});
const root = resolve(values.dir);
const base = values.base.replace(/\/?$/, '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// Pagefind's index files are gzip files already. Sent as such with `content-encoding: gzip`,
// the browser inflates them natively and Pagefind skips its own, slower, JavaScript inflate.
const pregzipped = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

// A built site does not change while it is served: like a CDN's edge, keep each file, compressed once, in memory.
const bodies = new Map<string, Buffer>();
function body(file: string, compress: boolean): Buffer {
  const key = `${compress ? 'gzip:' : ''}${file}`;
  let cached = bodies.get(key);
  if (!cached) bodies.set(key, (cached = compress ? gzipSync(readFileSync(file)) : readFileSync(file)));
  return cached;
}

function send(response: ServerResponse, file: string, status: number, gzip: boolean): void {
  const type = types[extname(file)];
  const compress = gzip && type !== undefined;
  const encoded = compress || (gzip && pregzipped.test(file));
  response.writeHead(status, {
    'content-type': type ?? 'application/octet-stream',
    // As public/_headers asks of hosts: pages always fresh, assets cached.
    'cache-control': file.endsWith('.html') ? 'no-cache' : file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    ...(encoded ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  response.end(body(file, compress));
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const file = pathname.startsWith(base) ? join(root, decodeURIComponent(pathname.slice(base.length))) : '';
  const inside = file === root || file.startsWith(root + sep);
  if (inside && existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    if (existsSync(join(file, 'index.html'))) {
      send(response, join(file, 'index.html'), 200, gzip);
      return;
    }
  } else if (inside && existsSync(file)) {
    send(response, file, 200, gzip);
    return;
  }
  send(response, join(root, '404.html'), 404, gzip);
}).listen(Number(values.port), () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base}`);
});
