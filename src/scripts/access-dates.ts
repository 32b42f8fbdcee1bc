// Citations were rendered with the build's date as their access date: put today's in its place.
import { formatAccessDate, today, type DateStyle } from '../citations/access-date.ts';

/** Puts today's date in the citations of a part of the page. */
export function fillAccessDates(root: ParentNode): void {
  for (const span of root.querySelectorAll<HTMLElement>('[data-access-date]')) {
    span.textContent = formatAccessDate(today(), span.dataset['accessDate'] as DateStyle);
  }
}
