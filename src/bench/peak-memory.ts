import { readdir, readFile, writeFile } from 'node:fs/promises';

const pageBytes = 4096;
const sampleMs = 250;

/**
 * A process and its descendants, found through each thread's list of the children it started
 * (Linux /proc/<pid>/task/<tid>/children): a few reads for the build's few processes, where
 * walking every process of the machine four times a second took a quarter of a core from the
 * build it measured.
 */
async function tree(root: number): Promise<number[]> {
  const found = [root];
  // The children found are walked in turn: an array's iterator reaches what is pushed on it.
  for (const pid of found) {
    // A process can end between two reads: it then has no children to list.
    for (const task of await readdir(`/proc/${String(pid)}/task`).catch(() => [])) {
      const children = await readFile(`/proc/${String(pid)}/task/${task}/children`, 'utf8').catch(
        () => '',
      );
      found.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return found;
}

/** A process's resident memory now, in bytes (0 once it has ended). */
async function residentBytes(pid: number): Promise<number> {
  const statm = await readFile(`/proc/${String(pid)}/statm`, 'utf8').catch(() => '');
  return Number(statm.split(' ')[1] ?? 0) * pageBytes;
}

/**
 * A process and its descendants: their resident memory together now, and the most any one of
 * them has held since it started (a peak between two samples included).
 */
async function treeBytes(root: number): Promise<{ together: number; onePeak: number }> {
  let together = 0;
  let onePeak = 0;
  for (const pid of await tree(root)) {
    together += await residentBytes(pid);
    // A process can end between the listing and the read: it then counts for its sample.
    onePeak = Math.max(onePeak, await ownPeakBytes(pid).catch(() => 0));
  }
  return { together, onePeak };
}

/** A process's own peak resident memory since it was last reset (`VmHWM`), in bytes. */
async function ownPeakBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * Watches the memory of a process and its descendants (the build: Astro's process, then
 * Pagefind's binary) until `stop()`, which returns the most they held at once, as far as can
 * be known: all of them together at a sample every 250 ms, or any one of them alone at its own
 * high-water mark, which a spike between two samples cannot escape, whichever is more.
 */
export async function watchPeakMemory(pid: number): Promise<{ stop: () => Promise<number> }> {
  // Writing 5 to clear_refs resets the process's peak resident memory (Linux 4.0 and later).
  await writeFile(`/proc/${String(pid)}/clear_refs`, '5').catch(() => undefined);
  let peak = 0;
  const sample = async () => {
    const { together, onePeak } = await treeBytes(pid);
    peak = Math.max(peak, together, onePeak);
  };
  const timer = setInterval(() => void sample(), sampleMs);
  await sample();
  return {
    stop: async () => {
      clearInterval(timer);
      await sample();
      return peak;
    },
  };
}
