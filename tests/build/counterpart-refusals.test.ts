import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

// Each readout of tests/fixtures/counterparts/refused/, added to the fixture site of two
// accounts of one meeting, links to a counterpart wrongly, or is an account of the meeting left
// unlinked: the build must stop and say where (Astro prints the message's quotes escaped).
const cases: [fixture: string, message: RegExp][] = [
  [
    'counterpart-not-found',
    /counterpart-not-found\.md:18: counterparts: there is no readout \\?"2025-03-20-varga-marsh\\?"/,
  ],
  [
    'counterpart-unlinked',
    /counterpart-unlinked\.md: this readout and \\?"2025-03-1[45]-[a-z-]+\\?" \([^)]+\) look like two accounts of one meeting .* say so with \\?"notCounterparts/,
  ],
  [
    'counterpart-days-apart',
    /counterpart-days-apart\.md:18: counterparts: \\?"2025-03-15-varga-marsh\\?" is dated 2025-03-15 and this readout 2025-03-18: readouts of one meeting are at most 1 day apart \(time zones\)/,
  ],
];

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'readouts-counterparts-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a build with two accounts of one meeting', () => {
  for (const [fixture, message] of cases) {
    it(`stops on a ${fixture.replace(/-/g, ' ')}, naming the file and the line of the link`, async () => {
      const content = join(root, fixture);
      await cp('tests/fixtures/counterparts/site', content, { recursive: true });
      await cp(
        `tests/fixtures/counterparts/refused/${fixture}.md`,
        join(content, 'meetings', `${fixture}.md`),
      );
      const build = buildSite(content, join(root, `${fixture}-dist`), join(root, 'cache'));
      expect(build.status).not.toBe(0);
      expect(build.output).toMatch(message);
    }, 60_000);
  }
});
