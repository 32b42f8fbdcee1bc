import { defineMiddleware } from 'astro:middleware';
import { withOwnHashes } from './lib/own-hashes.ts';

/** Each page's policy names only its own inline styles and scripts (see `withOwnHashes`). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnHashes(await response.text()), response);
});
