import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { readoutTextOf } from '../../src/markdown/readout-text.ts';
import { renderReadout } from '../support/render-markdown.ts';

const readout = `Lead paragraph.

## 1. Japan-U.S. relations {#japan-us-relations}

First ’quoted’ -- "text".

### (1) Overall {#japan-us-relations-overall}

Second.

## 2. TPP {#tpp}

Only one.
`;

describe('the readout Markdown pipeline', () => {
  it('gives headings their declared ids and strips the declaration from the text', async () => {
    const { html } = await renderReadout(readout);
    expect(html).toContain('<h2 id="japan-us-relations">1. Japan-U.S. relations</h2>');
    expect(html).toContain('<h3 id="japan-us-relations-overall">(1) Overall</h3>');
    expect(html).not.toContain('{#');
  });

  it('numbers paragraphs within their section', async () => {
    const { html } = await renderReadout(readout);
    const ids = [...html.matchAll(/<p [^>]*id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['p1', 'japan-us-relations-p1', 'japan-us-relations-p2', 'tpp-p1']);
  });

  it('keeps the characters of the text as written (no smart quotes or dashes)', async () => {
    const { html } = await renderReadout(readout);
    expect(html).toContain('First ’quoted’ -- "text".');
  });

  it('wraps each section in a <section> labelled by its heading', async () => {
    const { html } = await renderReadout(readout);
    expect(html).toMatch(
      /<section class="readout-section" aria-labelledby="tpp"><div class="heading heading-h2"><h2 id="tpp">/,
    );
  });

  it('puts a self-link and a hidden copy button beside each heading, outside it', async () => {
    const { html } = await renderReadout(readout);
    expect(html).toContain('<h2 id="tpp">2. TPP</h2><a class="heading-link" href="#tpp"');
    expect(html).toMatch(/<button type="button" class="copy-link" data-copy-fragment="tpp" hidden/);
  });

  it('ends each paragraph with a permalink to it', async () => {
    const { html } = await renderReadout(readout);
    expect(html).toMatch(/Only one\.<a class="paragraph-link" href="#tpp-p1"[^>]*>.*<\/a><\/p>/);
  });

  it('makes this HTML of a readout, link by link', async () => {
    const { html } = await renderReadout(readout);
    await expect(html).toMatchFileSnapshot('__snapshots__/readout.html');
  });

  it('hands the outline of the text to the pages', async () => {
    const { frontmatter } = await renderReadout(readout);
    expect(readoutTextOf(frontmatter).outline).toEqual({
      lead: [{ id: 'p1', number: 1, text: 'Lead paragraph.' }],
      sections: [
        {
          id: 'japan-us-relations',
          topics: ['japan-us-relations'],
          title: '1. Japan-U.S. relations',
          line: 3,
          subsections: [{ id: 'japan-us-relations-overall', title: '(1) Overall' }],
          paragraphs: [
            { id: 'japan-us-relations-p1', number: 1, text: 'First ’quoted’ -- "text".' },
            { id: 'japan-us-relations-p2', number: 2, text: 'Second.' },
          ],
        },
        {
          id: 'tpp',
          topics: ['tpp'],
          title: '2. TPP',
          line: 11,
          subsections: [],
          paragraphs: [{ id: 'tpp-p1', number: 1, text: 'Only one.' }],
        },
      ],
    });
  });

  it('hands the HTML to the pages in parts: the lead, and each section’s heading and body', async () => {
    const { frontmatter } = await renderReadout(readout);
    const { leadHtml, sections } = readoutTextOf(frontmatter).parts;
    expect(leadHtml).toMatch(/^<p data-paragraph="1" id="p1">Lead paragraph\./);
    expect(Object.keys(sections)).toEqual(['japan-us-relations', 'tpp']);
    expect(sections['tpp']?.bodyHtml).toMatch(
      /^<p data-paragraph="1" id="tpp-p1">Only one\.<a class="paragraph-link"/,
    );
    expect(sections['tpp']?.bodyHtml).not.toContain('<h2');
    expect(sections['tpp']?.headingHtml).toMatch(
      /^<div class="heading heading-h2"><h2 id="tpp">2\. TPP<\/h2>.*<\/div>$/,
    );
  });
});

describe('anchors declared with topics', () => {
  const unsectioned = `The leaders met in Vienna.

They discussed trade at length. {#trade}

They spoke of trade and energy together. {#trade-energy topic=trade,energy}

They agreed to meet again.
`;

  it('gives a paragraph its declared id, keeps its place in the count, and strips the declaration', async () => {
    const { html } = await renderReadout(unsectioned);
    const ids = [...html.matchAll(/<p [^>]*id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['p1', 'trade', 'trade-energy', 'p4']);
    expect(html).toContain(
      'They discussed trade at length.<a class="paragraph-link" href="#trade" data-pagefind-ignore=""><span aria-hidden="true">¶</span><span class="sr-only">Link to paragraph 2 (trade)</span></a></p>',
    );
    expect(html).not.toContain('{#');
    // The number stays on the paragraph for its citation: "para. 2".
    expect(html).toContain('<p data-paragraph="2" id="trade" data-pagefind-title="Paragraph 2">');
  });

  it('makes a paragraph bound to topics outside any section a sub-result of the readout’s search record', async () => {
    const { html } = await renderReadout(
      `${unsectioned}\n## 1. Energy {#energy}\n\nAlso trade. {#also-trade topic=trade}\n`,
    );
    const opening = [
      ...html.matchAll(/<p data-paragraph="\d+" id="([^"]+)"( data-pagefind-title="[^"]+")?>/g),
    ].map(([, id, titled]) => `${id ?? ''}${titled ? ' (sub-result)' : ''}`);
    expect(opening).toEqual([
      'p1',
      'trade (sub-result)',
      'trade-energy (sub-result)',
      'p4',
      'also-trade',
    ]);
  });

  it('hands each paragraph’s declared topics to the pages', async () => {
    const { lead } = readoutTextOf((await renderReadout(unsectioned)).frontmatter).outline;
    expect(lead.map(({ id, number, topics }) => ({ id, number, topics }))).toEqual([
      { id: 'p1', number: 1, topics: undefined },
      { id: 'trade', number: 2, topics: ['trade'] },
      { id: 'trade-energy', number: 3, topics: ['trade', 'energy'] },
      { id: 'p4', number: 4, topics: undefined },
    ]);
  });

  it('binds a section to no topic with topic=none, or to another topic than its id', async () => {
    const markdown =
      '## Introduction {#introduction topic=none}\n\nx\n\n## 1. Economy {#economy topic=trade,energy}\n\ny';
    const { sections } = readoutTextOf((await renderReadout(markdown)).frontmatter).outline;
    expect(sections.map(({ id, topics }) => ({ id, topics }))).toEqual([
      { id: 'introduction', topics: [] },
      { id: 'economy', topics: ['trade', 'energy'] },
    ]);
  });
});

describe('content errors in the text', () => {
  const failure = async (markdown: string) =>
    renderReadout(markdown).then(
      () => 'rendered',
      (error: unknown) => `${(error as VFileMessage).line}: ${(error as VFileMessage).reason}`,
    );

  it('refuses a section heading without a declared id', async () => {
    expect(await failure('Text.\n\n## 1. Japan-U.S. relations\n\nMore.')).toMatch(
      /^3: This heading declares no anchor id/,
    );
  });

  it('refuses two sections bound to the same topic', async () => {
    expect(await failure('## A {#tpp}\n\nx\n\n## B {#tpp}\n\ny')).toBe(
      '5: Two headings declare the id "tpp" (the first on line 1); each section needs its own.',
    );
  });

  it('refuses an attribute other than topic in a declaration', async () => {
    expect(await failure('## A {#a lang=en}\n\nx')).toBe(
      '1: "lang=en" in {#a …}: the only attribute is topic=<topic-id>,…',
    );
  });

  it('refuses a paragraph id that a heading already declares', async () => {
    expect(await failure('## A {#trade}\n\nx {#trade}')).toBe(
      '3: The id "trade" is declared twice (first on line 1); each anchor needs its own.',
    );
  });

  it('refuses a declared paragraph id of the form the paragraphs get by themselves', async () => {
    expect(await failure('Text. {#p2}')).toMatch(/^1: The id "p2" has the form of a paragraph id/);
  });

  it('refuses topics on a sub-heading, which belongs to its section’s topics', async () => {
    expect(await failure('## A {#a}\n\n### (1) B {#b topic=c}\n\nx')).toMatch(
      /^3: A sub-heading \(`###`\) belongs to the topics of its section/,
    );
  });

  it('refuses a # heading, since the title is a field', async () => {
    expect(await failure('# Title {#title}\n\nx')).toMatch(/^1: A readout has no `#` heading/);
  });

  it('refuses an id that has the form of a paragraph id', async () => {
    expect(await failure('## A {#tpp-p2}\n\nx')).toMatch(
      /^1: The id "tpp-p2" has the form of a paragraph id/,
    );
  });

  it('refuses a sub-heading outside any section', async () => {
    expect(await failure('x\n\n### (1) Overall {#overall}\n\ny')).toMatch(
      /^3: This sub-heading comes before any `##` section/,
    );
  });

  it('refuses raw HTML such as a script', async () => {
    expect(await failure('Text.\n\n<script>alert(1)</script>')).toMatch(
      /^3: Raw HTML is not allowed in a readout: `<script>alert\(1\)<\/script>`/,
    );
  });

  it('refuses inline HTML with an event handler', async () => {
    expect(await failure('Text <img src=x onerror=alert(1)> more.')).toMatch(
      /^1: Raw HTML is not allowed/,
    );
  });

  it('refuses a javascript: link', async () => {
    expect(await failure('[click](javascript:alert(1))')).toMatch(
      /^1: A link in a readout must use http, https or mailto/,
    );
  });
});
