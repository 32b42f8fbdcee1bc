import { statfs } from 'node:fs/promises';

// What a build of the synthetic archive leaves on disk per readout, measured at 50,000 (12.8 GB
// in all, counted in the disk's blocks): `dist/` 220 KB (551,937 files, the search index's
// brotli copies among them), the readouts' HTML beside Astro's store 26 KB, the store 4.5 KB,
// the Markdown 9 KB. With room to spare, and a gigabyte for Astro's and the browser's files.
const bytesPerReadout = 300_000;
const slackBytes = 1e9;

const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

/**
 * Refuses, before anything is written, a run that the disk of `dir` has no room for: at 50,000
 * readouts a run writes about 13 GB, and a disk that fills up halfway fails the build with an
 * error far from its cause.
 */
export async function checkDiskRoom(dir: string, readouts: number): Promise<void> {
  const { bavail, bsize } = await statfs(dir);
  const free = bavail * bsize;
  const needed = readouts * bytesPerReadout + slackBytes;
  if (free < needed)
    throw new Error(
      `A run of ${readouts.toLocaleString('en')} readouts needs about ${gigabytes(needed)} free in ${dir} (the archive, its build and Astro's cache are written there, and removed after); ${gigabytes(free)} are free. Free some, or point TMPDIR at a larger disk.`,
    );
}
