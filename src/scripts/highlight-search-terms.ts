// Arriving from a search result (`?highlight=word`), marks the words of the query in the text
// and brings the first one in the chosen section into view. Loaded only then, with Pagefind's
// highlighter, so reading pages otherwise run no search code.

interface HighlightOptions {
  highlightParam: string;
  markContext: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

declare global {
  interface Window {
    PagefindHighlight?: new (options: HighlightOptions) => unknown;
  }
}

function markWords(): void {
  if (!window.PagefindHighlight) return;
  new window.PagefindHighlight({
    highlightParam: 'highlight',
    markContext: '.readout-text',
    // Its own styles would need a CSP exception; the site's stylesheet styles the marks.
    addStyles: false,
    // Not the labels of links and buttons, the kicker, or the citations.
    markOptions: {
      className: 'search-highlight',
      exclude: ['a *', 'button *', '.kicker', '.cite *'],
    },
  });
  const target = document.querySelector(':target');
  const marks = [...document.querySelectorAll('mark.search-highlight')];
  // 4: Node.DOCUMENT_POSITION_FOLLOWING, the first mark after the section the reader came for.
  const first =
    marks.find((mark) => !target || target.compareDocumentPosition(mark) & 4) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
}

// A script element rather than import(): Pagefind's highlighter is no module of this site.
const script = Object.assign(document.createElement('script'), {
  type: 'module',
  src: `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`,
});
script.addEventListener('load', markWords);
document.head.append(script);

export {};
