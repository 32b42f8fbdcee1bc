/** Chicago's way of writing a date: "September 21, 2016" (dates are taken at UTC midnight). */
export const chicagoDate = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
