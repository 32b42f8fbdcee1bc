// "/" focuses the search box from anywhere on a page, unless the reader is typing.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (
    event.target instanceof Element &&
    event.target.closest('input, textarea, select, [contenteditable]')
  )
    return;
  const box =
    document.querySelector<HTMLInputElement>('#search-query') ??
    document.querySelector<HTMLInputElement>('#site-search-query');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
