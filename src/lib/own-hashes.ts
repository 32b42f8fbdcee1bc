import { createHash } from 'node:crypto';

/** Every hash source a policy lists, with the space before it. */
const hashSource = / 'sha256-[^']*'/g;
/** The text of inline style elements. */
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
/**
 * The text of inline scripts the browser would run: not those with a `src`, and not data
 * blocks such as JSON-LD, which no policy governs.
 */
const inlineScript =
  /<script\b(?![^>]*\ssrc=)(?![^>]*\stype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;
/** The page's policy, as Astro writes it in the head. */
const policyMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

function hashesOf(html: string, element: RegExp): string {
  return Array.from(html.matchAll(element), ([, text]) => {
    const digest = createHash('sha256')
      .update(text ?? '')
      .digest('base64');
    return ` 'sha256-${digest}'`;
  }).join('');
}

/**
 * The page with a policy that lists the hashes of its own inline styles and scripts only.
 * Astro lists those of the whole site on every page: hundreds of bytes a page, growing with
 * each kind of page, that allow styles the page does not have.
 */
export function withOwnHashes(html: string): string {
  return html.replace(policyMeta, (meta, policy: string) => {
    const own = policy
      .replace(hashSource, '')
      .replace(/(script-src [^;]*)/, `$1${hashesOf(html, inlineScript)}`)
      .replace(/(style-src [^;]*)/, `$1${hashesOf(html, inlineStyle)}`);
    return meta.replace(policy, () => own);
  });
}
