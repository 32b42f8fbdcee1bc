import { counted } from './counted.ts';

/** "1 hour", "1 hour 30 minutes", "45 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours && counted(hours, 'hour'), rest && counted(rest, 'minute')];
  return parts.filter(Boolean).join(' ');
}

/** ISO 8601 duration for `<time datetime>`: "PT1H30M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
}
