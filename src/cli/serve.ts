// `npm start` serves the built site as a static host would: under its base path, with gzip,
// the site's 404 page and the headers its `_headers` file declares, so that what is tested and
// measured is what readers get.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { normaliseBase } from '../lib/base-path.ts';
import { siteHandler } from '../serve/site-handler.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
  },
});
const base = normaliseBase(values.base);
createServer(siteHandler(values.dir, base)).listen(Number(values.port), () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base}`);
});
