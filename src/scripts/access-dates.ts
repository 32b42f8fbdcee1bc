// Citations were rendered with the build's date as their access date: put today's in its place.
import { formatAccessDate, today, type DateStyle } from '../citations/access-date.ts';

const date = today();
for (const span of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  span.textContent = formatAccessDate(date, span.dataset['accessDate'] as DateStyle);
}
