import { describe, expect, it } from 'vitest';
import { mapInTurn } from '../../../src/lib/in-turn.ts';

/** A piece of work that waits a turn of the event loop, counting how many are in hand at once. */
function workCounted() {
  const state = { inHand: 0, most: 0, started: [] as number[] };
  const work = async (item: number, index: number): Promise<string> => {
    state.started.push(item);
    state.inHand += 1;
    state.most = Math.max(state.most, state.inHand);
    // The later items finish first, so that the results' order is not the order of finishing.
    await new Promise((resolve) => setTimeout(resolve, (10 - item) * 2));
    state.inHand -= 1;
    return `${String(item)}@${String(index)}`;
  };
  return { state, work };
}

describe('work over many readouts, a few files open at a time', () => {
  it('gives every result in the items’ order, never more in hand than allowed', async () => {
    const { state, work } = workCounted();
    const items = [1, 2, 3, 4, 5, 6, 7];
    expect(await mapInTurn(items, 3, work)).toEqual(items.map((item, i) => `${item}@${i}`));
    expect(state.most).toBe(3);
    expect(state.started.toSorted()).toEqual(items);
  });

  it('works with fewer items than it may hold, and with none', async () => {
    const { state, work } = workCounted();
    expect(await mapInTurn([4, 5], 8, work)).toEqual(['4@0', '5@1']);
    expect(state.most).toBe(2);
    expect(await mapInTurn([], 8, work)).toEqual([]);
  });

  it('throws the first failure and starts no item after it', async () => {
    const started: number[] = [];
    const failing = mapInTurn([1, 2, 3, 4, 5], 1, async (item) => {
      started.push(item);
      await Promise.resolve();
      if (item === 2) throw new Error(`item ${String(item)} failed`);
      return item;
    });
    await expect(failing).rejects.toThrow('item 2 failed');
    expect(started).toEqual([1, 2]);
  });

  it('lets the work in hand beside a failure finish, and starts nothing more', async () => {
    const started: number[] = [];
    const failing = mapInTurn([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await new Promise((resolve) => setTimeout(resolve, item === 1 ? 1 : 20));
      if (item === 1) throw new Error('the first file cannot be read');
      return item;
    });
    await expect(failing).rejects.toThrow('the first file cannot be read');
    // Item 2 is still in hand when the failure is thrown: once it is done, nothing follows it.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(started).toEqual([1, 2]);
  });
});
