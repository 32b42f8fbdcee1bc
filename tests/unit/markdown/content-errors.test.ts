import { describe, expect, it } from 'vitest';
import { failure } from '../../support/markdown-failure.ts';

// Each mistake an editor can make in a readout's text stops the build with the line and a
// message saying what to do; the plugin's rule id names the mistake for tools.
describe('a mistake in the headings of a readout', () => {
  it('a # heading', async () => {
    expect(await failure('# Title {#title}\n\nx')).toBe(
      '1: A readout has no `#` heading: its title is the `title` field. Use `##` for its sections. (h1)',
    );
  });

  it('a heading without a declared id, or without any text', async () => {
    const told =
      'This heading declares no anchor id. End it with the id of its topic, e.g. `## 4. TPP {#tpp}`, or with an id of its own and no topic, e.g. `## Introduction {#introduction topic=none}`: the id is the section’s permanent anchor. (heading-id)';
    expect(await failure('Text.\n\n## 1. Japan-U.S. relations\n\nMore.')).toBe(`3: ${told}`);
    expect(await failure('Text.\n\n##\n\nMore.')).toBe(`3: ${told}`);
    expect(await failure('Text.\n\n## 1. *Trade*\n\nMore.')).toBe(`3: ${told}`);
  });

  it('a heading id of the form of a paragraph id', async () => {
    expect(await failure('## A {#tpp-p2}\n\nx')).toBe(
      '1: The id "tpp-p2" has the form of a paragraph id (p1, tpp-p2); choose another. (reserved-id)',
    );
  });

  it('a sub-heading before any section', async () => {
    expect(await failure('x\n\n### (1) Overall {#overall}\n\ny')).toBe(
      '3: This sub-heading comes before any `##` section; a sub-item belongs to a section. (orphan-subheading)',
    );
  });

  it('two headings of one id', async () => {
    expect(await failure('## A {#tpp}\n\nx\n\n### B {#tpp}\n\ny')).toBe(
      '5: Two headings declare the id "tpp" (the first on line 1); each section needs its own. (duplicate-id)',
    );
  });

  it('topics bound to a sub-heading, unless they are its own id', async () => {
    expect(await failure('## A {#a}\n\n### (1) B {#b topic=c}\n\nx')).toBe(
      '3: A sub-heading (`###`) belongs to the topics of its section: `topic=` binds a `##` section or a paragraph. (subheading-topic)',
    );
    expect(await failure('## A {#a}\n\n### (1) B {#b topic=b}\n\nx')).toBe('rendered');
  });
});

describe('markup in a readout', () => {
  it('raw HTML, quoted up to 60 characters', async () => {
    const html = `<div class="${'x'.repeat(80)}">`;
    expect(await failure(`Text.\n\n${html}`)).toBe(
      `3: Raw HTML is not allowed in a readout: \`${html.slice(0, 60)}\`. Write the text as plain Markdown; if the source really shows these characters, escape the "<" as "\\<". (raw-html)`,
    );
  });

  it('a link, an image or a link definition to an address that is not the web’s or mail', async () => {
    const told = (url: string) =>
      `A link in a readout must use http, https or mailto, or be a path or #fragment: \`${url}\`. (unsafe-url)`;
    expect(await failure('[click](javascript:alert(1))')).toBe(`1: ${told('javascript:alert(1)')}`);
    expect(await failure('Text.\n\n![a map](javascript:x)')).toBe(`3: ${told('javascript:x')}`);
    expect(await failure('Text.\n\n[map]: javascript:x')).toBe(`3: ${told('javascript:x')}`);
    expect(await failure('[x](data:text/html,https://example.org)')).toBe(
      `1: ${told('data:text/html,https://example.org')}`,
    );
    const long = `vbscript:${'x'.repeat(80)}`;
    expect(await failure(`[x](${long})`)).toBe(`1: ${told(long.slice(0, 60))}`);
  });

  it('a link to the web, mail, a path or a fragment is a link', async () => {
    for (const url of [
      'https://example.org/a',
      'http://example.org/a',
      'HTTPS://EXAMPLE.ORG/A',
      'mailto:press@example.org',
      '/meetings/',
      '#tpp',
    ])
      expect(await failure(`[x](${url})`), url).toBe('rendered');
  });
});
