import { pageBudget } from '../checks/page-weight.ts';
import type { BenchRun } from './report.ts';

interface Series {
  label: string;
  color: string;
  values: number[];
}

const width = 420;
const height = 260;
const margin = { left: 52, right: 12, top: 28, bottom: 40 };

// One panel: lines over a logarithmic axis of archive sizes, a linear axis of values.
function panel(title: string, unit: string, sizes: number[], series: Series[], x0: number): string {
  const max = Math.max(...series.flatMap((s) => s.values), 1) * 1.1;
  const logs = sizes.map((size) => Math.log10(size));
  const low = Math.min(...logs);
  const high = Math.max(...logs);
  const x = (size: number) =>
    x0 +
    margin.left +
    ((Math.log10(size) - low) / (high - low || 1)) * (width - margin.left - margin.right);
  const y = (value: number) =>
    height - margin.bottom - (value / max) * (height - margin.top - margin.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return [
    `<text x="${String(x0 + width / 2)}" y="16" text-anchor="middle" font-weight="bold">${title}</text>`,
    `<line x1="${String(x0 + margin.left)}" y1="${String(y(0))}" x2="${String(x0 + width - margin.right)}" y2="${String(y(0))}" stroke="#888"/>`,
    `<line x1="${String(x0 + margin.left)}" y1="${String(y(0))}" x2="${String(x0 + margin.left)}" y2="${String(margin.top)}" stroke="#888"/>`,
    ...ticks.map(
      (t) =>
        `<text x="${String(x0 + margin.left - 6)}" y="${String(y(t) + 4)}" text-anchor="end" font-size="11">${t < 10 ? t.toFixed(1) : t.toFixed(0)}</text>`,
    ),
    ...sizes.map(
      (size) =>
        `<text x="${String(x(size))}" y="${String(height - margin.bottom + 16)}" text-anchor="middle" font-size="11">${String(size)}</text>`,
    ),
    `<text x="${String(x0 + width / 2)}" y="${String(height - 6)}" text-anchor="middle" font-size="11">readouts (log scale)</text>`,
    `<text x="${String(x0 + 12)}" y="${String(margin.top - 8)}" font-size="11">${unit}</text>`,
    ...series.map((s, index) => {
      const points = sizes
        .map((size, i) => `${x(size).toFixed(1)},${y(s.values[i] ?? 0).toFixed(1)}`)
        .join(' ');
      const legendY = margin.top + 14 * index;
      return `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points}"/><text x="${String(x0 + margin.left + 8)}" y="${String(legendY + 8)}" font-size="11" fill="${s.color}">${s.label}</text>`;
    }),
  ].join('\n');
}

/** An SVG chart of the runs against the archive's size: build time, search time, memory and
 * size, and the heaviest page. */
export function chartSvg(runs: BenchRun[]): string {
  const sizes = runs.map((run) => run.readouts);
  const build = panel(
    'Build time',
    'seconds',
    sizes,
    [
      { label: 'whole build', color: '#1a4f8b', values: runs.map((run) => run.buildSeconds) },
      { label: 'Astro', color: '#b3470b', values: runs.map((run) => run.astroSeconds) },
      { label: 'Pagefind', color: '#2f7d32', values: runs.map((run) => run.pagefindSeconds) },
    ],
    0,
  );
  const search = panel(
    'Search, query to results',
    'milliseconds',
    sizes,
    [
      {
        label: 'cold (index not loaded)',
        color: '#1a4f8b',
        values: runs.map((run) => run.searchColdMs),
      },
      {
        label: 'warm, each keystroke',
        color: '#b3470b',
        values: runs.map((run) => run.searchWarmMs),
      },
      {
        label: 'warm, a new word',
        color: '#2f7d32',
        values: runs.map((run) => run.searchWarmFirstMs),
      },
      {
        label: 'warm, the last keystroke',
        color: '#6a3d9a',
        values: runs.map((run) => run.searchWarmLastMs),
      },
    ],
    width,
  );
  const memory = panel(
    'Memory and size',
    'MB',
    sizes,
    [
      {
        label: 'peak memory',
        color: '#1a4f8b',
        values: runs.map((run) => run.peakMemoryBytes / 1e6),
      },
      { label: 'dist/', color: '#b3470b', values: runs.map((run) => run.distBytes / 1e6) },
      {
        label: 'data store',
        color: '#2f7d32',
        values: runs.map((run) => run.dataStoreBytes / 1e6),
      },
    ],
    2 * width,
  );
  const weight = panel(
    'Heaviest page (budget 14,600)',
    'bytes gzip',
    sizes,
    [
      { label: 'heaviest page', color: '#1a4f8b', values: runs.map((run) => run.maxPageBytesGzip) },
      { label: 'budget', color: '#888', values: runs.map(() => pageBudget.htmlAndCssGzip) },
    ],
    3 * width,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(4 * width)}" height="${String(height)}" font-family="sans-serif" font-size="13">\n<rect width="100%" height="100%" fill="#fff"/>\n${build}\n${search}\n${memory}\n${weight}\n</svg>\n`;
}
