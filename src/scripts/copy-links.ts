// Reveals the copy-link buttons (useless without a script) and copies the permanent address
// of a section: the page's canonical URL with the section's anchor.
const statusRegion = document.querySelector<HTMLElement>('#copy-status');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-fragment]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const url = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href);
    url.hash = button.dataset['copyFragment'] ?? '';
    navigator.clipboard.writeText(url.href).then(
      () => {
        announce(`Link copied: ${url.href}`);
      },
      () => {
        location.hash = url.hash;
        announce('Could not copy; the link is now in the address bar.');
      },
    );
  });
}

function announce(message: string): void {
  if (statusRegion) statusRegion.textContent = message;
}
