// The checks that every page is run through, shown to catch each slip on a page made to have it.
import { expect, test } from '@playwright/test';
import { findGluedText } from '../support/glued-text.ts';
import { findLayoutFaults } from '../support/layout-faults.ts';

const style = '<style>body { margin: 0; font: 16px/1.6 serif } button { margin: 0 }</style>';

test('the text check finds words, sentences and separators run together', async ({ page }) => {
  await page.setContent(
    `${style}<p>Every paragraph.One readout.</p><p>New York ·Shinzo Abe</p>` +
      '<p><a href="#">Read it in the full readout</a><button>Copy link</button></p>' +
      '<p>Kept apart <a href="#">by a space</a>, <em>or</em> punctuation. Not in <code>a.B</code></p>',
  );
  expect(await page.evaluate(findGluedText)).toEqual([
    'paragraph.One',
    '·Shinzo',
    'Read it in the full readout|Copy link',
  ]);
});

test('the layout check finds controls touching, text covered, text cut off or off screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.setContent(
    `${style}<p><a href="#">Read it</a><button>Copy link</button></p>` +
      '<p>Covered text<button style="margin-left: -3em">Over</button></p>' +
      '<p style="height: 1em; overflow: hidden">One line<br>and a line cut off</p>' +
      '<p style="margin-left: 250px; width: 150px">Off the screen</p>',
  );
  expect(await page.evaluate(findLayoutFaults)).toEqual([
    'touching: a “Read it” and button “Copy link”',
    'covers text: button “Over” over “Covered text”',
    'scrolls sideways: 400 px wide in 320',
    'off screen: “Off the screen”',
    'cut off: p “One lineand a line cut off”',
  ]);
});

test('neither check finds anything on a clean page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.setContent(
    `${style}<p>One sentence. Another · and <a href="#">a link</a> <button>a button</button></p>` +
      '<p><span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%)">Screen readers only</span></p>',
  );
  expect(await page.evaluate(findGluedText)).toEqual([]);
  expect(await page.evaluate(findLayoutFaults)).toEqual([]);
});
