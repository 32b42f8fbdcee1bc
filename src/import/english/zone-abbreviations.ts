/**
 * The zones readouts name by abbreviation ("11:05 a.m. EST", "(0:05 a.m. JST)"), each as the
 * IANA zone of the place readouts mean by it: a meeting "at 11:05 a.m. EST" in Washington is on
 * Washington's clock, whether or not the text has the season's abbreviation right.
 */
const zones: Readonly<Record<string, string>> = {
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  HKT: 'Asia/Hong_Kong',
  SGT: 'Asia/Singapore',
  ICT: 'Asia/Bangkok',
  WIB: 'Asia/Jakarta',
  IST: 'Asia/Kolkata',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CDT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  UTC: 'UTC',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  EET: 'Europe/Helsinki',
  EEST: 'Europe/Helsinki',
  MSK: 'Europe/Moscow',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
};

/**
 * The IANA zone an abbreviation names ("EST" is America/New_York), or undefined for one the
 * importer does not know or that names two ("CST": China's, or the American Central).
 */
export const zoneOfAbbreviation = (abbreviation: string): string | undefined => zones[abbreviation];
