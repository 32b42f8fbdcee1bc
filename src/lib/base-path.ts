/** A base path as every URL of the site is built on: always ending with one slash (`/`, `/readouts/`). */
export const normaliseBase = (base: string): string => base.replace(/\/?$/, '/');
