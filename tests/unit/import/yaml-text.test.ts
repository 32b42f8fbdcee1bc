import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlLines, type YamlValue } from '../../../src/import/output/yaml-text.ts';

// What the site's reader (YAML 1.2, core schema) makes of the lines.
const readBack = (lines: string[]): unknown => parse(lines.join('\n'), { schema: 'core' });

describe('the YAML text of a readout’s fields', () => {
  it('lays out fields, lists and lists of fields as the hand-written files do, and reads back the same', () => {
    const fields: YamlValue = {
      title: 'Prime Minister Abe receives a courtesy call',
      start: { time: '12:45', approximate: true },
      duration: { minutes: 60, approximate: false },
      participants: [
        { person: 'shinzo-abe', role: 'Prime Minister of Japan' },
        { person: 'joe-biden', role: 'Vice President', attendance: 'also-present' },
      ],
      topics: ['north-korea', 'tpp'],
      nested: [['a', 'b'], 'c'],
    };
    const lines = yamlLines(fields);
    expect(lines).toEqual([
      'title: Prime Minister Abe receives a courtesy call',
      'start:',
      '  time: "12:45"',
      '  approximate: true',
      'duration:',
      '  minutes: 60',
      '  approximate: false',
      'participants:',
      '  - person: shinzo-abe',
      '    role: Prime Minister of Japan',
      '  - person: joe-biden',
      '    role: Vice President',
      '    attendance: also-present',
      'topics:',
      '  - north-korea',
      '  - tpp',
      'nested:',
      '  - - a',
      '    - b',
      '  - c',
    ]);
    expect(readBack(lines)).toEqual(fields);
  });

  it('leaves out the fields that are undefined, in lists too', () => {
    const lines = yamlLines({
      title: 'Talks',
      series: undefined,
      participants: [{ person: 'a', attendance: undefined, role: 'b' }],
    });
    expect(lines).toEqual(['title: Talks', 'participants:', '  - person: a', '    role: b']);
  });

  it.each([
    ['New York', 'New York'],
    ['2016-09-21', '2016-09-21'],
    ['Japan’s “TPP” talks', 'Japan’s “TPP” talks'],
    ['12:45', '"12:45"'],
    ['9:05 in Tokyo', '"9:05 in Tokyo"'],
    ['true', '"true"'],
    ['60', '"60"'],
    ['null', '"null"'],
    ['', '""'],
    ['Talks: an overview', '"Talks: an overview"'],
    ['- a list?', '"- a list?"'],
    ['# a comment?', '"# a comment?"'],
    ['line\nbreak', '"line\\nbreak"'],
    [' padded ', '" padded "'],
    ['Talks at 9:05', 'Talks at 9:05'],
    [
      'A title longer than a line of eighty characters, which YAML would otherwise fold onto two lines',
      'A title longer than a line of eighty characters, which YAML would otherwise fold onto two lines',
    ],
  ])('writes the text “%s” as %s, which reads back as that text', (text, written) => {
    const lines = yamlLines({ field: text });
    expect(lines).toEqual([`field: ${written}`]);
    expect(readBack(lines)).toEqual({ field: text });
  });

  it('writes a scalar or a list alone', () => {
    expect(yamlLines('12:45')).toEqual(['"12:45"']);
    expect(yamlLines(7)).toEqual(['7']);
    expect(yamlLines(['a', false])).toEqual(['- a', '- false']);
  });
});
