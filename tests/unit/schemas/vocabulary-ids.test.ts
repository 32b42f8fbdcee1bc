import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../src/schemas/topic.ts';

describe('a vocabulary id', () => {
  const topic = (id: string) =>
    topicSchema.safeParse({ id, title: 'A title', description: 'A description.' });

  it('is lowercase words joined by hyphens', () => {
    expect(topic('north-korea').success).toBe(true);
    expect(topic('North Korea').error?.issues[0]?.message).toMatch(/lowercase words/);
  });

  it('is never the folder of the index by initial, whose address it would take', () => {
    expect(topic('by-name').error?.issues[0]?.message).toBe(
      '"by-name" is the address of the index by initial; choose another topic id.',
    );
  });
});
