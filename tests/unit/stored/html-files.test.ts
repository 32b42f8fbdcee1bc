import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  htmlFileOf,
  htmlFolder,
  readoutsHtmlWriter,
  type ReadoutFile,
} from '../../../src/stored/html-files.ts';
import { paragraphText, readoutHtml } from '../../../src/stored/html.ts';

let cache: string;
beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), 'readouts-cache-'));
});
afterEach(async () => {
  await rm(cache, { recursive: true, force: true });
});

const file = (words: string): ReadoutFile => ({
  parts: { leadHtml: `<p id="p1">${words}</p>`, sections: {} },
  texts: { p1: words },
});

describe('the readouts’ files beside the content store', () => {
  it('live in a folder of Astro’s cache, a file a readout', () => {
    const folder = htmlFolder(pathToFileURL(`${cache}/`));
    expect(folder).toBe(join(cache, 'readout-html'));
    expect(htmlFileOf(folder, '2016-09-21-abe-biden')).toBe(
      join(folder, '2016-09-21-abe-biden.json'),
    );
  });

  it('replace the last load’s only once every readout has passed', async () => {
    const folder = htmlFolder(pathToFileURL(`${cache}/`));
    await mkdir(folder);
    await writeFile(htmlFileOf(folder, 'removed'), JSON.stringify(file('Gone.')));
    const writer = await readoutsHtmlWriter(folder);
    await writer.write('a', file('The leaders met.'));
    // While the load runs, the last good files are still there.
    expect(await readdir(folder)).toEqual(['removed.json']);
    await writer.keep();
    expect(await readdir(folder)).toEqual(['a.json']);
    expect(JSON.parse(await readFile(htmlFileOf(folder, 'a'), 'utf8'))).toEqual(
      file('The leaders met.'),
    );
    expect(await readdir(cache)).toEqual(['readout-html']);
  });

  it('are written on a first build, whose cache folder does not exist yet', async () => {
    const folder = htmlFolder(pathToFileURL(`${join(cache, 'not-yet', '.astro')}/`));
    const writer = await readoutsHtmlWriter(folder);
    await writer.write('a', file('The first build.'));
    await writer.keep();
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('leave the last load’s alone when a load fails, and nothing of the failed one', async () => {
    const folder = htmlFolder(pathToFileURL(`${cache}/`));
    await mkdir(folder);
    await writeFile(htmlFileOf(folder, 'kept'), JSON.stringify(file('Kept.')));
    const failed = await readoutsHtmlWriter(folder);
    await failed.write('a', file('Half a load.'));
    await failed.drop();
    expect(await readdir(cache)).toEqual(['readout-html']);
    expect(await readdir(folder)).toEqual(['kept.json']);
  });

  it('of two loads at once (the dev server’s), keep each its own until the last keeps its', async () => {
    const folder = htmlFolder(pathToFileURL(`${cache}/`));
    const one = await readoutsHtmlWriter(folder);
    const two = await readoutsHtmlWriter(folder);
    await one.write('a', file('First load.'));
    await two.write('a', file('Second load.'));
    await one.keep();
    await two.keep();
    const stored = { id: 'a', htmlFile: htmlFileOf(folder, 'a'), entry: { digest: 'two' } };
    expect(paragraphText(stored, 'p1')).toBe('Second load.');
  });

  it('are read again when a readout’s text changes (its digest with it), as the dev server reloads it', async () => {
    const folder = htmlFolder(pathToFileURL(`${cache}/`));
    const load = async (words: string) => {
      const writer = await readoutsHtmlWriter(folder);
      await writer.write('a', file(words));
      await writer.keep();
    };
    const readout = (digest: string) => ({
      id: 'a',
      htmlFile: htmlFileOf(folder, 'a'),
      entry: { digest },
    });
    await load('As first written.');
    expect(readoutHtml(readout('1')).leadHtml).toBe('<p id="p1">As first written.</p>');
    await load('As edited.');
    expect(paragraphText(readout('2'), 'p1')).toBe('As edited.');
  });
});
