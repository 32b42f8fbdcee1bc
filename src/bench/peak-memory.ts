import { spawn, type SpawnOptions } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

const pageBytes = 4096;
const sampleMs = 250;

/** The resident memory of a process and all its descendants (Linux /proc), in bytes. */
async function treeBytes(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // A process can end between the listing and the read: it then counts for nothing.
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name, in parentheses, may hold spaces: the fields after it are positional.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parents.set(Number(name), Number(fields[1]));
    rss.set(Number(name), Number(fields[21] ?? 0) * pageBytes);
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let ancestor: number | undefined = pid;
    while (ancestor !== undefined && ancestor !== root && ancestor > 1)
      ancestor = parents.get(ancestor);
    if (ancestor === root) total += bytes;
  }
  return total;
}

/**
 * Watches the memory of a process and all its descendants until `stop()`, which returns the
 * most they held at once. Sampled every 250 ms: Astro's workers and Pagefind's binary are
 * processes of their own, which a child's own peak, as `time -v` reports it, leaves out.
 */
export function watchPeakMemory(pid: number): { stop: () => number } {
  let peak = 0;
  const sample = () => void treeBytes(pid).then((bytes) => (peak = Math.max(peak, bytes)));
  const timer = setInterval(sample, sampleMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Runs a command to its end and returns the peak memory of its process tree. */
export function runWithPeakMemory(
  command: string,
  args: string[],
  options: SpawnOptions,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    const watch = watchPeakMemory(child.pid ?? -1);
    child.on('error', reject);
    child.on('exit', (code) => {
      const peak = watch.stop();
      if (code === 0) resolve(peak);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`));
    });
  });
}
