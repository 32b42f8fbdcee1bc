import { z } from 'astro/zod';

// Thousands of readouts name a handful of zones: each is tried once.
const known = new Map<string, boolean>();

/** True when the runtime knows the IANA time zone name (e.g. America/New_York). */
function isTimeZone(value: string): boolean {
  let valid = known.get(value);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(value, valid);
  }
  return valid;
}

/** An IANA time zone name, so that a local time can be placed on the world's clock. */
export const timeZone = z.string().refine(isTimeZone, {
  error: (issue) =>
    `${String(issue.input)} is not an IANA time zone name such as America/New_York.`,
});
