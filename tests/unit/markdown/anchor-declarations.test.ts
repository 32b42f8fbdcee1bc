import { describe, expect, it } from 'vitest';
import { formatDeclaration, withoutDeclaration } from '../../../src/markdown/anchor-ids.ts';
import { readoutTextOf } from '../../../src/markdown/readout-text.ts';
import { failure } from '../../support/markdown-failure.ts';
import { renderReadout } from '../../support/render-markdown.ts';

/** The outline the pipeline hands to the pages. */
const outlineOf = async (markdown: string) =>
  readoutTextOf((await renderReadout(markdown)).frontmatter).outline;

describe('a malformed anchor declaration', () => {
  it('with an id that is not lower-case words joined by hyphens, is refused', async () => {
    expect(await failure('## 4. TPP {#TPP}\n\nx')).toBe(
      '1: "TPP" is not an anchor id: use lower-case words joined by hyphens. (anchor-declaration)',
    );
    expect(await failure('Text.\n\nThey spoke of trade. {#Trade_Talks}')).toBe(
      '3: "Trade_Talks" is not an anchor id: use lower-case words joined by hyphens. (anchor-declaration)',
    );
  });

  it('binding a topic whose id is malformed, is refused', async () => {
    expect(await failure('## 1. Economy {#economy topic=Bad_Id}\n\nx')).toBe(
      '1: topic=Bad_Id in {#economy …}: give topic ids separated by commas, or topic=none. (anchor-declaration)',
    );
    expect(await failure('Trade and energy. {#both topic=trade,Bad_Id}')).toBe(
      '1: topic=trade,Bad_Id in {#both …}: give topic ids separated by commas, or topic=none. (anchor-declaration)',
    );
  });

  it('taking the address of a readout’s own pages, is refused', async () => {
    for (const id of ['changes', 'versions', 'compare'])
      expect(await failure(`## 1. Changes {#${id}}\n\nx`), id).toBe(
        `1: "${id}" is the address of the readout's ${id} pages, and a section's anchor the address of its page: choose another. (anchor-declaration)`,
      );
  });

  it('binding no topic by name, is refused', async () => {
    for (const attribute of ['topic=', 'topic', 'topic=trade,'])
      expect(await failure(`## 1. Economy {#economy ${attribute}}\n\nx`), attribute).toBe(
        `1: ${attribute === 'topic' ? 'topic=' : attribute} in {#economy …}: give topic ids separated by commas, or topic=none. (anchor-declaration)`,
      );
  });
});

describe('a paragraph’s declared id', () => {
  it('declared twice, is refused at the second, naming the first', async () => {
    expect(await failure('Trade. {#trade}\n\nMore trade.\n\nTrade again. {#trade}')).toBe(
      '5: The id "trade" is declared twice (first on line 1); each anchor needs its own. (duplicate-id)',
    );
  });

  it('of the form of the ids paragraphs get by themselves, is refused', async () => {
    for (const id of ['p1', 'p12', 'trade-p3', 'trade-p10'])
      expect(await failure(`Text. {#${id}}`), id).toBe(
        `1: The id "${id}" has the form of a paragraph id (p1, tpp-p2), which paragraphs get by themselves; choose another. (reserved-id)`,
      );
  });

  it('may look like a paragraph id without being one', async () => {
    const { lead } = await outlineOf(
      'Steps. {#step2}\n\nTrade first. {#p2-trade}\n\nTop ten. {#top10}',
    );
    expect(lead.map(({ id }) => id)).toEqual(['step2', 'p2-trade', 'top10']);
  });

  it('binds no topic with topic=none, and such a paragraph is no search result of its own', async () => {
    const { html, frontmatter } = await renderReadout(
      'The leaders met. {#meeting topic=none}\n\nTrade. {#trade}',
    );
    expect(
      readoutTextOf(frontmatter).outline.lead.map(({ id, topics }) => ({ id, topics })),
    ).toEqual([
      { id: 'meeting', topics: undefined },
      { id: 'trade', topics: ['trade'] },
    ]);
    expect(html).toContain('<p data-paragraph="1" id="meeting">');
    expect(html).toContain('<p data-paragraph="2" id="trade" data-pagefind-title="Paragraph 2">');
  });
});

describe('where a declaration stands', () => {
  it('ends the heading or paragraph, with or without spaces before it, which it takes with it', async () => {
    const { sections } = await outlineOf(
      '## 1. Economy{#economy}\n\nFirst.   {#first}\n\n## 2. Trade   {#trade}\n\nx',
    );
    expect(sections.map(({ id, title }) => `${id}: ${title}`)).toEqual([
      'economy: 1. Economy',
      'trade: 2. Trade',
    ]);
    expect(sections[0]?.paragraphs[0]).toMatchObject({ id: 'first', text: 'First.' });
  });

  it('elsewhere in a paragraph, even before its full stop, is the paragraph’s text', async () => {
    const { lead } = await outlineOf('They agreed {#trade} to meet.\n\nThey met {#again}.');
    expect(lead).toEqual([
      { id: 'p1', number: 1, text: 'They agreed {#trade} to meet.' },
      { id: 'p2', number: 2, text: 'They met {#again}.' },
    ]);
  });

  it('in code, is the text of the code', async () => {
    const { lead } = await outlineOf('They agreed on `{#trade}`');
    expect(lead).toEqual([{ id: 'p1', number: 1, text: 'They agreed on {#trade}' }]);
    expect(await failure('## 1. Trade `{#trade}`\n\nx')).toMatch(
      /^1: This heading declares no anchor id\./,
    );
  });

  it('may bind several topics, its attributes set apart by spaces or tabs', async () => {
    const { sections } = await outlineOf('## 1. Economy {#economy \t topic=trade,energy}\n\nx');
    expect(sections[0]?.topics).toEqual(['trade', 'energy']);
  });
});

describe('a declaration as the importer writes it', () => {
  it('names the topics only when they are not the one of its id', () => {
    expect(formatDeclaration({ id: 'tpp', topics: ['tpp'] })).toBe('{#tpp}');
    expect(formatDeclaration({ id: 'economy', topics: ['trade', 'energy'] })).toBe(
      '{#economy topic=trade,energy}',
    );
    expect(formatDeclaration({ id: 'economy', topics: ['trade'] })).toBe('{#economy topic=trade}');
    expect(formatDeclaration({ id: 'introduction', topics: [] })).toBe(
      '{#introduction topic=none}',
    );
  });

  it('comes off a text that ends with one, and a text without one stays whole', () => {
    expect(withoutDeclaration('4. TPP {#tpp}')).toBe('4. TPP');
    expect(withoutDeclaration('1. Economy {#economy topic=trade,energy}')).toBe('1. Economy');
    expect(withoutDeclaration('4. TPP')).toBe('4. TPP');
    expect(withoutDeclaration('4. TPP {#TPP}')).toBe('4. TPP {#TPP}');
  });
});
