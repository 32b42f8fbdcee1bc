import { beforeAll, describe, expect, it } from 'vitest';
import { coverageNote, coverageOf, topicSides } from '../../../src/lib/counterpart-coverage.ts';
import { counterpartsOf } from '../../../src/lib/counterparts.ts';
import type { Readout } from '../../../src/lib/readout.ts';
import { fictionalPair, readoutOf } from '../../support/readouts.ts';

let readouts: Readout[];
let ministry: Readout;
let department: Readout;
let other: Readout;
beforeAll(async () => {
  readouts = await fictionalPair();
  const byId = (id: string) => readoutOf(readouts, id);
  ministry = byId('2025-03-15-varga-marsh');
  department = byId('2025-03-14-marsh-varga');
  other = byId('2025-02-02-varga-lind');
});

/** A readout that names others as accounts of its meeting. */
const naming = (readout: Readout, counterparts?: string[]): Readout => ({
  ...readout,
  data: { ...readout.data, ...(counterparts ? { counterparts } : { counterparts: undefined }) },
});

describe('the other accounts of a readout’s meeting', () => {
  it('are linked both ways when one side names the other', () => {
    const linked = counterpartsOf(readouts);
    expect(linked.get(department.id)).toEqual([ministry]);
    expect(linked.get(ministry.id)).toEqual([department]);
    expect(linked.get(other.id)).toEqual([]);
  });

  it('are followed through a third, each list in the archive’s order', () => {
    const linked = counterpartsOf([
      naming(other, [ministry.id, department.id]),
      naming(department),
      naming(ministry),
    ]);
    expect(linked.get(ministry.id)?.map(({ id }) => id)).toEqual([other.id, department.id]);
    expect(linked.get(department.id)?.map(({ id }) => id)).toEqual([other.id, ministry.id]);
    expect(linked.get(other.id)?.map(({ id }) => id)).toEqual([department.id, ministry.id]);
  });

  it('are in the archive’s order, whichever way the links run', () => {
    const ids = (linked: Map<string, Readout[]>, id: string) =>
      linked.get(id)?.map((readout) => readout.id);
    // The ministry names the department's readout, which names the third; then the ministry
    // names the third, which names the department's.
    for (const linked of [
      counterpartsOf([
        naming(ministry, [department.id]),
        naming(department, [other.id]),
        naming(other),
      ]),
      counterpartsOf([
        naming(ministry, [other.id]),
        naming(department),
        naming(other, [department.id]),
      ]),
    ]) {
      expect(ids(linked, ministry.id)).toEqual([department.id, other.id]);
      expect(ids(linked, department.id)).toEqual([ministry.id, other.id]);
      expect(ids(linked, other.id)).toEqual([ministry.id, department.id]);
    }
  });

  it('leave out a name that is no readout of the archive', () => {
    expect(counterpartsOf([naming(other, ['no-such-readout'])]).get(other.id)).toEqual([]);
  });
});

describe('how another account covers the topics of a section', () => {
  const topicsOf = (readout: Readout, ...ids: string[]) =>
    ids.map((id) => readout.topics.find((topic) => topic.id === id)).filter((t) => t !== undefined);

  it('reports them when it has text on one of them, and says where to compare', () => {
    const [coverage] = coverageOf(ministry, topicsOf(ministry, 'energy'), [department]);
    expect(coverage).toEqual({
      other: department,
      reports: true,
      unreported: [],
      href: '/meetings/2025-03-15-varga-marsh/compare/2025-03-14-marsh-varga/#energy',
    });
    expect(coverage && coverageNote(coverage)).toBe(
      'Also reported by Eastmark Department of State',
    );
  });

  it('does not when it has text on none, naming those it is silent on', () => {
    const topics = topicsOf(ministry, 'arctic-shipping', 'energy');
    const [partly] = coverageOf(ministry, topics, [department]);
    expect(partly?.reports).toBe(true);
    expect(partly?.unreported.map(({ id }) => id)).toEqual(['arctic-shipping']);
    expect(partly?.href).toMatch(/#arctic-shipping$/);
    const [silent] = coverageOf(ministry, topicsOf(ministry, 'arctic-shipping'), [department]);
    expect(silent?.reports).toBe(false);
    expect(silent && coverageNote(silent)).toBe('Not mentioned by Eastmark Department of State');
  });

  it('is not asked of a text bound to no topic', () => {
    expect(coverageOf(ministry, [], [department])).toEqual([]);
  });

  it('sorts topics into those only this side reported and those another account reports too', () => {
    const topics = topicsOf(ministry, 'bilateral-relations', 'arctic-shipping');
    const coverage = coverageOf(ministry, topics, [department]);
    const sides = topicSides(topics, coverage);
    expect(sides.oneSide.map(({ id }) => id)).toEqual(['arctic-shipping']);
    expect(sides.bothSides.map(({ id }) => id)).toEqual(['bilateral-relations']);
    expect(topicSides(topics, [])).toEqual({ oneSide: [], bothSides: [] });
    const twoOthers = coverageOf(ministry, topics, [department, other]);
    expect(topicSides(topics, twoOthers).oneSide.map(({ id }) => id)).toEqual(['arctic-shipping']);
  });
});
