// Copy buttons are useless without a script: enableCopyButtons reveals them. A link's button copies
// its permanent address (the page's canonical URL with the anchor); a citation's button
// copies the citation's text.
const statusRegion = document.querySelector<HTMLElement>('#copy-status');

function announce(message: string): void {
  if (statusRegion) statusRegion.textContent = message;
}

function copy(text: string, done: string, fallback: () => void): void {
  navigator.clipboard.writeText(text).then(
    () => {
      announce(done);
    },
    () => {
      fallback();
      announce('Could not copy to the clipboard.');
    },
  );
}

/** Reveals the copy buttons in a part of the page and makes them copy. */
export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>(
    'button[data-copy-fragment], button[data-copy-target]',
  )) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const target = document.getElementById(button.dataset['copyTarget'] ?? '');
      if (target) {
        copy(target.textContent, 'Citation copied', () =>
          getSelection()?.selectAllChildren(target),
        );
        return;
      }
      const url = new URL(
        document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href,
      );
      url.hash = button.dataset['copyFragment'] ?? '';
      copy(url.href, `Link copied: ${url.href}`, () => (location.hash = url.hash));
    });
  }
}
