import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from '../../src/lib/own-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (script: string, style: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'${script}; style-src 'self'${style};">`;
const siteWide = " 'sha256-AAAA' 'sha256-BBBB='";

describe('withOwnHashes', () => {
  it('lists the hashes of the page’s own inline styles instead of the site’s', () => {
    const html = `<head>${policy(siteWide, siteWide)}<style>p{color:red}</style></head><body><style>b{}</style></body>`;
    expect(withOwnHashes(html)).toBe(
      html.replace(policy(siteWide, siteWide), policy('', ` ${sha('p{color:red}')} ${sha('b{}')}`)),
    );
  });

  it('hashes inline scripts the browser runs, not script files or JSON-LD', () => {
    const html = `${policy(siteWide, '')}<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>run()</script>`;
    expect(withOwnHashes(html)).toContain(`script-src 'self' ${sha('run()')};`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<p>No policy <style>p{}</style></p>';
    expect(withOwnHashes(html)).toBe(html);
  });
});
