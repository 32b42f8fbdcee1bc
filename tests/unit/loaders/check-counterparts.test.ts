import { describe, expect, it } from 'vitest';
import {
  checkCounterparts,
  type CounterpartEntry,
} from '../../../src/loaders/check-counterparts.ts';

// A readout as the loader holds it: how to read its file's text, and the frontmatter the schema parsed.
const readout = (id: string, date: string, counterparts?: string[]): CounterpartEntry => ({
  id,
  filePath: `content/meetings/${id}.md`,
  body: () =>
    [
      '---',
      `title: ${id}`,
      `date: ${date}`,
      ...(counterparts ? ['counterparts:', ...counterparts.map((other) => `  - ${other}`)] : []),
      '---',
      '',
      'Text.',
    ].join('\n'),
  data: { date, ...(counterparts ? { counterparts } : {}) },
});

describe('the check of counterpart readouts', () => {
  it('accepts readouts of one meeting dated the same day or a day apart (time zones)', () => {
    expect(() => {
      checkCounterparts([
        readout('ministry', '2025-03-15'),
        readout('department', '2025-03-14', ['ministry']),
        readout('office', '2025-03-15', ['ministry']),
      ]);
    }).not.toThrow();
  });

  it('refuses a link to a readout that does not exist, at the line of the link', () => {
    expect(() => {
      checkCounterparts([
        readout('ministry', '2025-03-15'),
        readout('department', '2025-03-14', ['ministry', 'ministy']),
      ]);
    }).toThrow(
      'content/meetings/department.md:6: counterparts: there is no readout "ministy" (no file ministy.md beside this one): check its name.',
    );
  });

  it('refuses readouts of one meeting dated more than a day apart', () => {
    expect(() => {
      checkCounterparts([
        readout('ministry', '2025-03-15'),
        readout('department', '2025-03-17', ['ministry']),
      ]);
    }).toThrow(
      /^content\/meetings\/department\.md:5: counterparts: "ministry" is dated 2025-03-15 and this readout 2025-03-17: readouts of one meeting are at most 1 day apart/,
    );
  });

  it('refuses readouts of one meeting more than a day apart when linked through a third', () => {
    expect(() => {
      checkCounterparts([
        readout('ministry', '2025-03-15'),
        readout('department', '2025-03-14', ['ministry']),
        readout('office', '2025-03-16', ['ministry']),
      ]);
    }).toThrow(
      'content/meetings/office.md:5: counterparts: "ministry" makes this readout an account of the meeting that "department" (2025-03-14) and "office" (2025-03-16) report',
    );
  });

  it('refuses a readout named as its own counterpart', () => {
    expect(() => {
      checkCounterparts([readout('ministry', '2025-03-15', ['ministry'])]);
    }).toThrow('content/meetings/ministry.md:5: counterparts: "ministry" is this readout');
  });
});
