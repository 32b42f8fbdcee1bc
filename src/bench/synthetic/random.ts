/** A seeded pseudo-random generator (mulberry32): the same seed gives the same archive on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over a generator: an integer in [min, max], one item, some distinct items. */
export function picker(random: () => number) {
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const one = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(...pool.splice(int(0, pool.length - 1), 1));
    return chosen;
  };
  return { int, one, some };
}
