/**
 * Finds what a reader would see as a broken layout at the page's present width: two controls
 * (links, buttons, fields, disclosures) touching or overlapping, a control covering text, text
 * or a control outside the screen, and content cut off by a box too small for it. Runs in the
 * page (pass it to `page.evaluate`); returns one line per fault.
 */
export function findLayoutFaults(): string[] {
  const faults: string[] = [];
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent).trim().replace(/\s+/g, ' ').slice(0, 50)}”`;
  // Boxes a reader can see: the one-pixel boxes of text for screen readers only are not.
  const seen = (rects: Iterable<DOMRect>) => [...rects].filter((r) => r.width > 1 && r.height > 1);
  const gap = (a: DOMRect, b: DOMRect) =>
    Math.hypot(
      Math.max(0, b.left - a.right, a.left - b.right),
      Math.max(0, b.top - a.bottom, a.top - b.bottom),
    );
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

  const controls = [
    ...document.querySelectorAll('a[href], button, input, select, textarea, summary'),
  ].filter((element) => element.checkVisibility({ visibilityProperty: true }));
  const controlBoxes = controls.map((element) => seen(element.getClientRects()));
  controls.forEach((a, i) => {
    controls.slice(i + 1).forEach((b, k) => {
      if (a.contains(b) || b.contains(a)) return;
      const touching = controlBoxes[i]?.some((ra) =>
        controlBoxes[i + 1 + k]?.some((rb) => gap(ra, rb) < 1),
      );
      if (touching) faults.push(`touching: ${name(a)} and ${name(b)}`);
    });
  });

  // Text clipped to a pixel is for screen readers only (`.sr-only`): no reader sees it.
  const clippedAway = (element: Element | null): boolean => {
    for (let e = element; e; e = e.parentElement) {
      const box = e.getBoundingClientRect();
      if (getComputedStyle(e).clipPath !== 'none' && (box.width <= 1 || box.height <= 1))
        return true;
    }
    return false;
  };
  const texts: { node: Text; boxes: DOMRect[] }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (
      !parent?.checkVisibility({ visibilityProperty: true }) ||
      !node.textContent?.trim() ||
      clippedAway(parent)
    )
      continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    texts.push({ node: node as Text, boxes: seen(range.getClientRects()) });
  }
  controls.forEach((control, i) => {
    for (const { node, boxes } of texts) {
      if (control.contains(node)) continue;
      if (boxes.some((box) => controlBoxes[i]?.some((c) => overlap(box, c))))
        faults.push(`covers text: ${name(control)} over “${node.textContent.trim().slice(0, 40)}”`);
    }
  });

  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width)
    faults.push(`scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width}`);
  const outside = (box: DOMRect) => box.left < -1 || box.right > width + 1;
  for (const { node, boxes } of texts)
    if (boxes.some(outside)) faults.push(`off screen: “${node.textContent.trim().slice(0, 40)}”`);
  controls.forEach((control, i) => {
    if (controlBoxes[i]?.some(outside)) faults.push(`off screen: ${name(control)}`);
  });
  for (const element of document.body.querySelectorAll('*')) {
    if (
      element.matches('input, select, textarea') ||
      !element.checkVisibility() ||
      clippedAway(element)
    )
      continue;
    const { overflowX, overflowY } = getComputedStyle(element);
    const clipsX = overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
    const clipsY = overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 1;
    if (clipsX || clipsY) faults.push(`cut off: ${name(element)}`);
  }
  return faults;
}
