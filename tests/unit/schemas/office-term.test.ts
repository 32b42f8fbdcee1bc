import { describe, expect, it } from 'vitest';
import { officeTermSchema } from '../../../src/schemas/office-term.ts';

const term = { office: 'Prime Minister', country: 'Japan', from: '2012-12-26' };

/** What an editor is told of a term: each issue as `path: message`, or 'valid'. */
function told(fields: Record<string, unknown>): string {
  const parsed = officeTermSchema.safeParse({ ...term, ...fields });
  if (parsed.success) return 'valid';
  return parsed.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`).join('\n');
}

describe('a term in an office', () => {
  it('runs from its first day, to its last when it has ended', () => {
    expect(told({})).toBe('valid');
    expect(told({ to: '2020-09-16' })).toBe('valid');
  });

  it('may end on the day it starts (an acting office held for a day)', () => {
    expect(told({ to: '2012-12-26' })).toBe('valid');
  });

  it('is refused when it ends before it starts, at its end', () => {
    expect(told({ to: '2012-12-25' })).toBe('to: The term ends (to) before it starts (from).');
  });
});
