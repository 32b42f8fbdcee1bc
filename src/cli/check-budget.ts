// `npm run check:budget`: every page must fit in the first network round trip (HTML and CSS
// at most 14,600 bytes gzip-compressed: ten TCP segments of 1,460 bytes), or, a page longer
// only by the publisher's text, reach the end of its first paragraph within it and weigh no
// more besides the text; every reading page run at most 2 KB of JavaScript before the reader
// interacts (the search page is an application: its code is what it is for). Prints each kind
// of page's figures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtFiles } from '../checks/built-files.ts';
import {
  pageBudget as budget,
  pageWeight,
  siteReader,
  withinBudget,
} from '../checks/page-weight.ts';
import { normaliseBase } from '../lib/base-path.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
  },
});
const load = siteReader(values.dir, normaliseBase(values.base));
const over: string[] = [];
const longTexts: string[] = [];
const heaviest = new Map<string, { page: string; htmlAndCssGzip: number; scriptBytes: number }>();
for (const page of await builtFiles(values.dir, ['.html'])) {
  const weight = pageWeight(await readFile(join(values.dir, page), 'utf8'), load);
  // Pages of one kind share a route: the readout, a section, a topic, ...
  const kind = page
    .replace(/meetings\/[^/]+\/compare\/[^/]+\/index\.html$/, 'comparison')
    .replace(/meetings\/[^/]+\/[^/]+\/index\.html$/, 'section')
    .replace(/meetings\/[^/]+\/index\.html$/, 'readout')
    .replace(/(topics|people|kinds)\/[^/]+\//, '$1/<id>/')
    .replace(/\d{4}\/\d\d\/index\.html$/, '<year>/<month>')
    .replace(/\d{4}\/index\.html$/, '<year>')
    .replace(/\/index\.html$/, '');
  if (weight.htmlAndCssGzip > (heaviest.get(kind)?.htmlAndCssGzip ?? -1))
    heaviest.set(kind, { page, ...weight });
  const opening =
    weight.openingGzip === undefined
      ? ''
      : `; up to the end of its text's first paragraph ${String(weight.openingGzip)} B, besides its text ${String(weight.besidesTextGzip)} B`;
  if (!withinBudget(weight))
    over.push(
      `${page}: HTML and CSS ${String(weight.htmlAndCssGzip)} B gzip${opening}, over ${String(budget.htmlAndCssGzip)}`,
    );
  else if (weight.htmlAndCssGzip > budget.htmlAndCssGzip)
    longTexts.push(`${page}: ${String(weight.htmlAndCssGzip)} B gzip${opening}`);
  if (weight.scriptBytes > budget.scriptBytes && page !== 'search/index.html')
    over.push(
      `${page}: ${String(weight.scriptBytes)} B of JavaScript on load, over ${String(budget.scriptBytes)}`,
    );
}
console.log('| page (heaviest of its kind) | HTML + CSS, gzip | JS on load |\n|---|---|---|');
for (const [kind, { page, htmlAndCssGzip, scriptBytes }] of [...heaviest].sort()) {
  console.log(`| ${kind} (${page}) | ${String(htmlAndCssGzip)} B | ${String(scriptBytes)} B |`);
}
console.log(
  `Budget: ${String(budget.htmlAndCssGzip)} B gzip of HTML and CSS, ${String(budget.scriptBytes)} B of JavaScript on load.`,
);
if (longTexts.length > 0)
  console.log(
    `Longer than a round trip only by the publisher's text, read as it arrives (within the budget up to the end of the text's first paragraph, and besides the text):\n${longTexts.join('\n')}`,
  );
for (const line of over) console.error(line);
if (over.length > 0) process.exitCode = 1;
