import { readdir, readFile, writeFile } from 'node:fs/promises';

const pageBytes = 4096;
const sampleMs = 250;

/** The processes of the machine: each one's parent and resident memory (Linux /proc). */
async function processes(): Promise<Map<number, { parent: number; bytes: number }>> {
  const found = new Map<number, { parent: number; bytes: number }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // A process can end between the listing and the read: it then counts for nothing.
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    // The command name, in parentheses, may hold spaces: the fields after it are positional.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.set(Number(name), {
      parent: Number(fields[1]),
      bytes: Number(fields[21] ?? 0) * pageBytes,
    });
  }
  return found;
}

/**
 * A process and its descendants: their resident memory together now, and the most any one of
 * them has held since it started (a peak between two samples included).
 */
async function treeBytes(root: number): Promise<{ together: number; onePeak: number }> {
  const all = await processes();
  let together = 0;
  let onePeak = 0;
  for (const [pid, { bytes }] of all) {
    let ancestor = pid;
    while (ancestor !== root && ancestor > 1) ancestor = all.get(ancestor)?.parent ?? 0;
    if (ancestor !== root) continue;
    together += bytes;
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
