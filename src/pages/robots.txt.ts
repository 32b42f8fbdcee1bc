import type { APIRoute } from 'astro';
import { absoluteUrl, path } from '../lib/urls.ts';

/** Lets every crawler in, and points it to the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(path('sitemap-index.xml'))}\n`);
