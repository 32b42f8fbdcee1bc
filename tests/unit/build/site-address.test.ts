import { describe, expect, test } from 'vitest';
import { NoSiteAddress, publishingHost, siteAddress } from '../../../src/build/site-address.ts';

/** The one line a refused build prints. */
function refusal(...args: Parameters<typeof siteAddress>): string {
  try {
    siteAddress(...args);
  } catch (error) {
    if (error instanceof NoSiteAddress) return error.message;
    throw error;
  }
  throw new Error('The build was not refused.');
}

describe('the site’s address', () => {
  test('is localhost on this machine, and the note says to set SITE_URL before deploying', () => {
    const address = siteAddress({});
    expect(address).toMatchObject({ site: 'http://localhost:4321' });
    expect(address.base).toBeUndefined();
    expect(address.note).toBe(
      'A local build: citations and canonical links use http://localhost:4321/; set SITE_URL to the site’s address before deploying it.',
    );
  });

  test('is SITE_URL and BASE_PATH when they are set, on a host too', () => {
    const env = { SITE_URL: 'https://readouts.example', BASE_PATH: '/archive/' };
    for (const host of [{}, { NETLIFY: 'true', URL: 'https://other.netlify.app' }])
      expect(siteAddress({ ...env, ...host })).toEqual({
        site: 'https://readouts.example',
        base: '/archive/',
        note: 'Citations and canonical links use https://readouts.example/archive/ (SITE_URL).',
      });
  });

  test('is the --site and --base flags before SITE_URL', () => {
    expect(
      siteAddress(
        { SITE_URL: 'https://a.example' },
        { site: 'https://example.org', base: '/readouts/' },
      ),
    ).toMatchObject({ site: 'https://example.org', base: '/readouts/' });
  });

  test('on Netlify is its URL, the site’s main address', () => {
    const address = siteAddress({
      NETLIFY: 'true',
      URL: 'https://readouts.netlify.app',
      DEPLOY_PRIME_URL: 'https://deploy-preview-4--readouts.netlify.app',
      DEPLOY_URL: 'https://5d4aeac2--readouts.netlify.app',
    });
    expect(address.site).toBe('https://readouts.netlify.app');
    expect(address.note).toBe(
      'Citations and canonical links use https://readouts.netlify.app/ (URL, from Netlify); set SITE_URL to give another.',
    );
  });

  test('on Cloudflare Pages is CF_PAGES_URL, its deployment’s address', () => {
    expect(
      siteAddress({
        CF_PAGES: '1',
        CF_PAGES_BRANCH: 'main',
        CF_PAGES_URL: 'https://fd7ede8a.readouts.pages.dev',
      }),
    ).toMatchObject({ site: 'https://fd7ede8a.readouts.pages.dev' });
  });

  test('on Vercel is the production domain, which it gives without a scheme, in previews too', () => {
    expect(
      siteAddress({
        VERCEL: '1',
        VERCEL_ENV: 'preview',
        VERCEL_URL: 'readouts-git-fix-team.vercel.app',
        VERCEL_PROJECT_PRODUCTION_URL: 'readouts.example',
      }),
    ).toMatchObject({ site: 'https://readouts.example' });
  });

  test('in a GitHub Actions run that set up Pages is the repository’s Pages address, with its path', () => {
    const run = { GITHUB_ACTIONS: 'true', GITHUB_PAGES: 'true' };
    expect(siteAddress({ ...run, GITHUB_REPOSITORY: 'Octocat/Readouts' })).toMatchObject({
      site: 'https://octocat.github.io',
      base: '/readouts/',
    });
    const userSite = siteAddress({ ...run, GITHUB_REPOSITORY: 'octocat/octocat.github.io' });
    expect(userSite.site).toBe('https://octocat.github.io');
    expect(userSite.base).toBeUndefined();
    // BASE_PATH, when set, places the site all the same.
    expect(
      siteAddress({ ...run, GITHUB_REPOSITORY: 'octocat/readouts', BASE_PATH: '/' }).base,
    ).toBe('/');
  });

  test('in a GitLab pipeline is CI_PAGES_URL, the project’s Pages address, with its path', () => {
    const pipeline = { GITLAB_CI: 'true' };
    expect(
      siteAddress({ ...pipeline, CI_PAGES_URL: 'https://octocat.gitlab.io/readouts' }),
    ).toMatchObject({ site: 'https://octocat.gitlab.io', base: '/readouts/' });
    expect(
      siteAddress({ ...pipeline, CI_PAGES_URL: 'https://readouts-4f2a.gitlab.io' }).base,
    ).toBeUndefined();
    expect(
      siteAddress({ ...pipeline, CI_PAGES_URL: 'https://octocat.gitlab.io/readouts' }).note,
    ).toBe(
      'Citations and canonical links use https://octocat.gitlab.io/readouts/ (CI_PAGES_URL, from GitLab CI); set SITE_URL to give another.',
    );
  });

  test('is refused, in one line saying what to set, on a host that gives none', () => {
    const refusals = [
      refusal({ NETLIFY: 'true' }),
      refusal({ CF_PAGES: '1', CF_PAGES_BRANCH: 'main' }),
      refusal({ VERCEL: '1', VERCEL_ENV: 'production' }),
      // A run that deploys elsewhere, or to Pages without actions/configure-pages.
      refusal({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octocat/readouts' }),
      // GitHub Enterprise Server's Pages are not at github.io.
      refusal({
        GITHUB_ACTIONS: 'true',
        GITHUB_PAGES: 'true',
        GITHUB_REPOSITORY: 'octocat/readouts',
        GITHUB_SERVER_URL: 'https://github.example.com',
      }),
      // A project without Pages.
      refusal({ GITLAB_CI: 'true', CI_PROJECT_PATH: 'octocat/readouts' }),
    ];
    expect(refusals).toEqual([
      'Netlify builds this site but gives no address for its citations: set SITE_URL in the site’s environment variables.',
      'Cloudflare Pages builds this site but gives no address for its citations: set SITE_URL in the project’s variables.',
      'Vercel builds this site but gives no address for its citations: set SITE_URL, or expose the system environment variables in the project’s settings.',
      'GitHub Actions builds this site but gives no address for its citations: set SITE_URL and BASE_PATH (from actions/configure-pages: steps.<id>.outputs.origin and base_path), or run actions/configure-pages before the build.',
      'GitHub Actions builds this site but gives no address for its citations: set SITE_URL and BASE_PATH (from actions/configure-pages: steps.<id>.outputs.origin and base_path), or run actions/configure-pages before the build.',
      'GitLab CI builds this site but gives no address for its citations: set SITE_URL (and BASE_PATH) in the project’s CI/CD variables, or enable Pages.',
    ]);
    for (const line of refusals) expect(line).not.toContain('\n');
  });

  test('keeps localhost in a local build (npm start, the tests) on any host', () => {
    expect(siteAddress({ NETLIFY: 'true' }, { local: true }).site).toBe('http://localhost:4321');
    expect(siteAddress({ GITHUB_ACTIONS: 'true' }, { local: true }).site).toBe(
      'http://localhost:4321',
    );
  });

  test('refuses localhost on a host, an address that is not one, and a path in SITE_URL', () => {
    expect(refusal({ NETLIFY: 'true', SITE_URL: 'http://localhost:4321' })).toBe(
      'SITE_URL is http://localhost:4321 on Netlify, an address no reader can open: set SITE_URL in the site’s environment variables.',
    );
    expect(refusal({ SITE_URL: 'readouts.example' })).toBe(
      'SITE_URL is "readouts.example", which is not an address: give https://…',
    );
    expect(refusal({ SITE_URL: 'ftp://readouts.example' })).toBe(
      'SITE_URL is "ftp://readouts.example": give an http or https address.',
    );
    expect(refusal({ SITE_URL: 'https://octocat.github.io/readouts' })).toBe(
      'SITE_URL is "https://octocat.github.io/readouts": give the origin there (https://octocat.github.io) and the path in BASE_PATH (/readouts/).',
    );
  });
});

describe('a host that only publishes the site', () => {
  test('is Netlify, Cloudflare Pages or Vercel, where an install fetches no browser', () => {
    expect(publishingHost({ NETLIFY: 'true' })).toBe('Netlify');
    expect(publishingHost({ CF_PAGES: '1' })).toBe('Cloudflare Pages');
    expect(publishingHost({ VERCEL: '1' })).toBe('Vercel');
  });

  test('is not GitHub Actions nor GitLab CI, whose runs may test the site, nor this machine', () => {
    expect(publishingHost({ GITHUB_ACTIONS: 'true', GITHUB_PAGES: 'true' })).toBeUndefined();
    expect(publishingHost({ GITLAB_CI: 'true' })).toBeUndefined();
    expect(publishingHost({ CI: 'true' })).toBeUndefined();
  });
});
