// `node src/cli/write-synthetic.ts --readouts N --out DIR [--seed S]`: writes a synthetic
// archive (src/bench/synthetic/) into DIR, replacing what was there: for a build of an archive
// larger than content/, as the search split into volumes needs (`npm run build:volumes`).
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from '../bench/synthetic/archive.ts';

const { values } = parseArgs({
  options: {
    readouts: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '2016' },
  },
});
const count = Number(values.readouts);
if (!values.out || !Number.isInteger(count) || count < 0)
  throw new Error('write-synthetic: give --readouts N and --out DIR.');
await rm(values.out, { recursive: true, force: true });
await writeSyntheticArchive(values.out, count, Number(values.seed));
console.log(`${String(count)} synthetic readouts written to ${values.out}/`);
