// Builds a site as `npm run build` does, in a process of its own, so that the benchmark weighs
// the build's memory and not its own (which holds Playwright and the figures of earlier runs):
// `node src/bench/build-apart.ts <out>`, forked; it sends the durations of its stages back.
import { buildSite } from '../build/build-site.ts';

const [out] = process.argv.slice(2);
if (!out || !process.send) throw new Error('build-apart: fork it with the output folder.');
const built = await buildSite(out, { quiet: true });
process.send(built, () => {
  process.disconnect();
});
