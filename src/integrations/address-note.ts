import type { AstroIntegration } from 'astro';

/**
 * Says which address the site's citations and canonical links use, and where that came from,
 * as the last line of `astro build` and `astro dev` run by hand (`npm run build` says it itself).
 */
export default function addressNote(note: string): AstroIntegration {
  return {
    name: 'readouts-address-note',
    hooks: {
      // After the lines Astro prints once the hooks are done: "Complete!", and the server's banner.
      'astro:build:done': ({ logger }) => {
        process.once('exit', () => {
          logger.info(note);
        });
      },
      'astro:server:start': ({ logger }) => {
        setTimeout(() => {
          logger.info(note);
        }, 0);
      },
    },
  };
}
