// `npm test` and `npm run test:e2e` begin here: the browser tests need a Chromium, and without
// one each of them fails with Playwright's "Executable doesn't exist". One line says what is
// missing and what fixes it, before anything else runs.
import { chromiumRemedy, findChromium } from '../browser/chromium.ts';

const found = findChromium();
if ('missing' in found) {
  console.error(`The browser tests need a Chromium: ${found.missing}; ${chromiumRemedy}.`);
  process.exit(1);
}
