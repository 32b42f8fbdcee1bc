import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/loaders/content-error.ts';
import { renderPool } from '../../../src/loaders/render-pool.ts';
import { renderReadout } from '../../../src/loaders/render-readout.ts';

const readout = (topic: string) =>
  `Lead paragraph on ${topic}.\n\n## 1. ${topic} {#${topic}}\n\nThe two leaders discussed ${topic}.\n\nThey agreed on ${topic} again.\n`;
const topics = ['trade', 'energy', 'security', 'climate', 'health', 'fisheries', 'space'];
const pool = renderPool();

afterAll(async () => {
  await pool.close();
});

describe('the render pool (a worker and this thread)', () => {
  it('renders each readout as this thread alone does, whichever thread takes it', async () => {
    const pooled = await Promise.all(
      topics.map((topic) => pool.render(readout(topic), `${topic}.md`)),
    );
    const alone = await Promise.all(
      topics.map((topic) => renderReadout(readout(topic), `${topic}.md`)),
    );
    expect(pooled).toEqual(alone);
    expect(pool.shares()).toEqual({ here: 2, inWorker: 5 });
  });

  it('tells a readout’s fault as this thread does, naming the file and line, from either thread', async () => {
    const bad = 'Lead.\n\n<div>markup</div>\n';
    const told = async (render: typeof renderReadout) =>
      render(bad, 'bad.md').then(
        () => 'rendered',
        (error: unknown) => error,
      );
    const alone = await told(renderReadout);
    expect(alone).toBeInstanceOf(ContentError);
    expect(String(alone)).toContain('bad.md:3: Raw HTML is not allowed in a readout');
    // Five in a row: three go to the worker, two are rendered here.
    const pooled = await Promise.all(Array.from({ length: 5 }, () => told(pool.render)));
    expect(pool.shares()).toEqual({ here: 4, inWorker: 8 });
    for (const error of pooled) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toBe((alone as Error).message);
    }
  });
});
