import { describe, expect, it } from 'vitest';
import { idMaker, idSlug } from '../../../src/import/vocabulary/slugger.ts';

describe('ids made for new entries', () => {
  it('count up past every id taken, by the vocabulary or by one made before', () => {
    const makeId = idMaker(['china', 'china-1']);
    expect(makeId('China', 'topic')).toBe('china-2');
    expect(makeId('China', 'topic')).toBe('china-3');
    expect(makeId('日本', 'topic')).toBe('topic');
    expect(makeId('', 'topic')).toBe('topic-1');
  });

  it('never start or end with a hyphen', () => {
    expect(idSlug('| Japan |')).toBe('japan');
  });
});
