/**
 * Arrow keys move between the search box and the result links; Escape clears the search
 * and returns to the box.
 */
export function bindResultKeys(
  input: HTMLInputElement,
  results: HTMLElement,
  clear: () => void,
): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    }
  });
  for (const element of [input, results]) {
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      clear();
      input.focus();
    });
  }
}
