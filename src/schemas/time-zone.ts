import { z } from 'astro/zod';

/** True when the runtime knows the IANA time zone name (e.g. America/New_York). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, so that a local time can be placed on the world's clock. */
export const timeZone = z.string().refine(isTimeZone, {
  error: (issue) =>
    `${String(issue.input)} is not an IANA time zone name such as America/New_York.`,
});
