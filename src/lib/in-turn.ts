/**
 * Maps items with at most `atOnce` of them in hand at a time, the results in the items' order.
 * A process may hold only so many files open (1,024 or 4,096 on many systems, a few thousand on
 * macOS): work that opens a file per readout must not start them all at once, as `Promise.all`
 * over every readout does. The first failure stops the items not yet started, and is thrown.
 */
export async function mapInTurn<T, R>(
  items: readonly T[],
  atOnce: number,
  map: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const work = async (): Promise<void> => {
    for (let index = next++; index < items.length && !failed; index = next++) {
      try {
        results[index] = await map(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, work));
  return results;
}
