/**
 * Finds, in the rendered text of a page, words that run together where a template lost a space:
 * two words meeting at an element's edge ("readout" + "Copy link"), a sentence running into the
 * next ("paragraph.One"), a separator glued to a word ("New York ·Shinzo"). Runs in the page
 * (pass it to `page.evaluate`); returns each place with the text around it, `|` marking an
 * element's edge. Text a reader does not see (hidden, scripts) and code (citations) is skipped.
 */
export function findGluedText(): string[] {
  const inline = (element: Element) =>
    ['inline', 'inline-block', 'inline-flex', 'contents'].includes(
      getComputedStyle(element).display,
    );
  // The box a text's line belongs to: texts in different boxes never share a line.
  const blockOf = (node: Node) => {
    let element = node.parentElement;
    while (element && inline(element)) element = element.parentElement;
    return element;
  };
  const runs: { block: Element | null; text: string }[] = [];
  const walker = document.createTreeWalker(
    document.body,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A field or an image between two texts keeps them apart.
    if (node instanceof Element) {
      if (node.matches('input, select, textarea, img, svg'))
        runs.push({ block: blockOf(node), text: ' ' });
      continue;
    }
    const parent = node.parentElement;
    if (!parent?.checkVisibility() || parent.closest('pre, code, script, style')) continue;
    const text = node.textContent ?? '';
    if (text.trim() === '') {
      // White space between two elements still separates their words.
      if (runs.length > 0 && text.length > 0) runs.push({ block: blockOf(node), text: ' ' });
      continue;
    }
    runs.push({ block: blockOf(node), text });
  }
  const found: string[] = [];
  const word = /[\p{L}\p{N}]/u;
  let line = '';
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (previous?.block === run.block) {
      if (word.test(previous.text.at(-1) ?? '') && word.test(run.text[0] ?? ''))
        found.push(`${previous.text.slice(-30)}|${run.text.slice(0, 30)}`);
      line += run.text;
    } else {
      line = run.text;
    }
    const next = runs[index + 1];
    if (next?.block === run.block) return;
    for (const match of line.matchAll(
      /\S*(?:[\p{Ll}\p{N}”’)][.!?]["“‘(]?\p{Lu}|\S[·•|]|[·•|]\S)\S*/gu,
    ))
      found.push(match[0]);
  });
  return found;
}
