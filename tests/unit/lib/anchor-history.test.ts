import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorHistory, withHistory } from '../../../src/lib/anchor-history.ts';
import type { Readout, Version } from '../../../src/lib/readout.ts';
import { readoutHtml, sectionHtml } from '../../../src/stored/html.ts';
import { readoutsOf } from '../../support/readouts.ts';

// The ministry's account as first captured, and as its publisher revised it: a word of the
// energy section corrected, the second paragraph on bilateral relations and the whole section
// on Arctic shipping taken out.
const fixture = 'tests/fixtures/counterparts/site/meetings/2025-03-15-varga-marsh.md';
let dir: string;
let first: Readout;
let revised: Readout;
let edited: Readout;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readouts-anchor-history-'));
  await cp('tests/fixtures/counterparts/site', dir, { recursive: true });
  await rm(join(dir, 'meetings'), { recursive: true });
  const text = await readFile(fixture, 'utf8');
  await cp(fixture, join(dir, 'meetings', 'a-first.md'));
  await writeFile(
    join(dir, 'meetings', 'b-revised.md'),
    text
      .replace('second gas terminal', 'third gas terminal')
      .replace(
        '\nSecretary Marsh stated that Eastmark values Norvania as a steadfast partner.\n',
        '',
      )
      .replace(/\n## 3\. Arctic shipping[^]*$/, '\n')
      .replace('  - arctic-shipping\n', ''),
  );
  // A third text: the first paragraph on bilateral relations edited, the sections on energy and
  // on Arctic shipping taken out.
  await writeFile(
    join(dir, 'meetings', 'c-edited.md'),
    text
      .replace('in every field', 'in all fields')
      .replace(/\n## 2\. Energy[^]*$/, '\n')
      .replace('  - energy\n  - arctic-shipping\n', ''),
  );
  [first, revised, edited] = (await readoutsOf(dir)) as [Readout, Readout, Readout];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The revised readout as the archive holds it: the first capture, then itself as current. */
const withVersions = (current: Readout, earlier: Readout[]): Readout => {
  const versions: Version[] = [
    ...earlier.map((readout, index) => ({
      captured: `2025-03-1${String(5 + index)}`,
      readout,
      current: false,
    })),
    { captured: '2025-03-20', readout: current, current: true },
  ];
  return { ...current, versions };
};

describe('the notes that keep a link made before a revision leading to its words', () => {
  it('are none for a readout never revised', () => {
    const history = anchorHistory(first);
    expect(history.changed.size).toBe(0);
    expect(history.gone.size).toBe(0);
    const html = readoutHtml(first).leadHtml;
    expect(withHistory(html, history, '')).toBe(html);
  });

  it('follow a paragraph whose words changed, linking to the version that had the others', () => {
    const readout = withVersions(revised, [first]);
    const history = anchorHistory(readout);
    expect([...history.changed.keys()]).toEqual(['energy-p1']);
    const energy = withHistory(sectionHtml(readout, 'energy').bodyHtml, history, 'energy');
    expect(energy).toMatch(
      /third gas terminal[^]*<\/p><p class="history-note" data-pagefind-ignore>Earlier versions had other words at this address \(#energy-p1\): <a href="\/meetings\/b-revised\/versions\/2025-03-15\/#energy-p1">15 March 2025<\/a>\.<\/p>$/,
    );
  });

  it('name every earlier version that had other words, oldest first', () => {
    const history = anchorHistory(withVersions(revised, [first, first]));
    expect(history.changed.get('energy-p1')).toContain(
      '<a href="/meetings/b-revised/versions/2025-03-15/#energy-p1">15 March 2025</a>, <a href="/meetings/b-revised/versions/2025-03-16/#energy-p1">16 March 2025</a>.',
    );
  });

  it('keep an address the text no longer has at the end of its section, so that the link lands', () => {
    const readout = withVersions(revised, [first]);
    const history = anchorHistory(readout);
    const section = withHistory(
      sectionHtml(readout, 'bilateral-relations').bodyHtml,
      history,
      'bilateral-relations',
    );
    expect(section).toMatch(
      /<p class="history-note" id="bilateral-relations-p2" data-pagefind-ignore>Earlier versions had a paragraph at this address \(#bilateral-relations-p2\), which this text no longer has: <a href="\/meetings\/b-revised\/versions\/2025-03-15\/#bilateral-relations-p2">15 March 2025<\/a>\.<\/p>$/,
    );
    // Its words are the same as before: no note of other words after it.
    expect(section).not.toContain('other words');
  });

  it('keep the addresses of a section the text no longer has after the lead', () => {
    const readout = withVersions(revised, [first]);
    const history = anchorHistory(readout);
    const gone = history.gone.get('') ?? [];
    expect(gone).toHaveLength(1);
    expect(gone[0]).toContain('id="arctic-shipping-p1"');
    expect(gone[0]).toContain('href="/meetings/b-revised/versions/2025-03-15/#arctic-shipping-p1"');
    const lead = readoutHtml(readout).leadHtml;
    expect(withHistory(lead, history, '')).toBe(`${lead}${gone[0] ?? ''}`);
    expect(history.gone.get('energy')).toBeUndefined();
  });

  it('follow a paragraph in the middle of its section, before the next', () => {
    const readout = withVersions(edited, [first]);
    const history = anchorHistory(readout);
    const body = sectionHtml(readout, 'bilateral-relations').bodyHtml;
    const note = history.changed.get('bilateral-relations-p1') ?? '';
    expect(note).toContain('(#bilateral-relations-p1)');
    // The section's HTML as it was, the note right after the first paragraph's end.
    const end = body.indexOf('</p>') + '</p>'.length;
    expect(body.slice(0, end)).toContain('in all fields.');
    expect(withHistory(body, history, 'bilateral-relations')).toBe(
      `${body.slice(0, end)}${note}${body.slice(end)}`,
    );
  });

  it('keep every address of the sections taken out, one after another', () => {
    const readout = withVersions(edited, [first]);
    const lead = readoutHtml(readout).leadHtml;
    const annotated = withHistory(lead, anchorHistory(readout), '');
    expect(annotated.slice(lead.length)).toMatch(
      /^<p class="history-note" id="energy-p1" [^]*<\/p><p class="history-note" id="arctic-shipping-p1" [^]*<\/p>$/,
    );
  });

  it('say nothing of a paragraph a version removed and the current one has again', () => {
    const history = anchorHistory(withVersions(first, [revised]));
    expect(history.gone.size).toBe(0);
    expect([...history.changed.keys()]).toEqual(['energy-p1']);
  });

  it('leave a section’s HTML alone when the paragraph is not in it', () => {
    const readout = withVersions(revised, [first]);
    const history = anchorHistory(readout);
    const html = '<p id="other">Words.</p>';
    expect(withHistory(html, history, 'energy')).toBe(html);
  });
});
