// Arriving from a search result (`?highlight=word`), marks the words of the query in the text
// and brings the first one in the chosen section into view. Pagefind's highlighter is loaded
// only then, so reading pages otherwise run no search code.
const words = new URLSearchParams(location.search).getAll('highlight');

interface HighlightOptions {
  highlightParam: string;
  markContext: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

if (words.length > 0) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: new (options: HighlightOptions) => unknown };
  new module.default({
    highlightParam: 'highlight',
    markContext: '.readout-text',
    // Its own styles would need a CSP exception; the site's stylesheet styles the marks.
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['.kicker', '.paragraph-link *', '.heading-link *', '.copy-link *'] },
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const marks = [...document.querySelectorAll('mark.search-highlight')];
  const first = marks.find((mark) => !target || target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
}
