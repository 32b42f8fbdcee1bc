// Where the site will be read, which every canonical link, citation, feed and sitemap gives: set
// by SITE_URL (and BASE_PATH), or said by the host that builds it. A deployed site must never cite
// localhost, so a build on a known host that finds no address is refused; a build served on this
// machine (`npm start`, the tests, `astro dev`) keeps localhost, and says so.

/** The address a build gives its pages, and the line that says where it came from. */
export interface SiteAddress {
  /** The origin: `https://example.org`. */
  site: string;
  /** The path the site is served under, when the address says it: `/readouts/`. */
  base?: string;
  /** One line for the end of the build, naming the address and where it came from. */
  note: string;
}

/** A build on a host that says nothing usable of its address: the one line says what to set. */
export class NoSiteAddress extends Error {}

type Env = Record<string, string | undefined>;

/** Where `npm start` and `astro dev` serve the site. */
const localSite = 'http://localhost:4321';

/** A host that builds and publishes the site, and what it says of the site's address. */
interface Host {
  name: string;
  /** The host builds here. */
  detect: (env: Env) => boolean;
  /** The address it gives the site, and the variable that gives it; undefined when it says none. */
  address: (env: Env) => { url: string; from: string } | undefined;
  /** What to set when it says none. */
  remedy: string;
  /** It only builds and publishes the site: nothing runs the browser tests there. */
  publishesOnly: boolean;
}

const given = (env: Env, name: string) => (env[name] ? { url: env[name], from: name } : undefined);

// Each host's variables, as its documentation gives them (README, "Deploying").
const hosts: Host[] = [
  {
    name: 'Netlify',
    detect: (env) => env['NETLIFY'] === 'true',
    // The site's main address (its custom domain when it has one), in deploy previews too.
    address: (env) => given(env, 'URL'),
    remedy: 'set SITE_URL in the site’s environment variables',
    publishesOnly: true,
  },
  {
    name: 'Cloudflare Pages',
    detect: (env) => env['CF_PAGES'] === '1',
    // The address of this deployment, which Cloudflare keeps serving.
    address: (env) => given(env, 'CF_PAGES_URL'),
    remedy: 'set SITE_URL in the project’s variables',
    publishesOnly: true,
  },
  {
    name: 'Vercel',
    detect: (env) => env['VERCEL'] === '1',
    // The production domain, without its scheme, in preview deployments too.
    address: (env) => {
      const domain = env['VERCEL_PROJECT_PRODUCTION_URL'];
      return domain
        ? { url: `https://${domain}`, from: 'VERCEL_PROJECT_PRODUCTION_URL' }
        : undefined;
    },
    remedy: 'set SITE_URL, or expose the system environment variables in the project’s settings',
    publishesOnly: true,
  },
  {
    name: 'GitHub Actions',
    detect: (env) => env['GITHUB_ACTIONS'] === 'true',
    // actions/configure-pages sets GITHUB_PAGES; its base_url output holds the real address,
    // which a workflow must hand on itself: the repository's own Pages address is GitHub's default.
    address: (env) => githubPagesAddress(env),
    remedy:
      'set SITE_URL and BASE_PATH (from actions/configure-pages: steps.<id>.outputs.origin and base_path), or run actions/configure-pages before the build',
    // A run may test the site as well as deploy it.
    publishesOnly: false,
  },
  {
    name: 'GitLab CI',
    detect: (env) => env['GITLAB_CI'] === 'true',
    // The project's Pages address with its path (and a parallel deployment's prefix), which
    // GitLab sets only where Pages is enabled; its custom domain, if any, needs SITE_URL.
    address: (env) => given(env, 'CI_PAGES_URL'),
    remedy: 'set SITE_URL (and BASE_PATH) in the project’s CI/CD variables, or enable Pages',
    // A pipeline may test the site as well as deploy it.
    publishesOnly: false,
  },
];

/** The host building here that only publishes the site (no browser test runs there), if any. */
export const publishingHost = (env: Env): string | undefined =>
  hosts.find((host) => host.publishesOnly && host.detect(env))?.name;

/** `https://<owner>.github.io/<repo>/`, the Pages address GitHub gives a repository by default. */
function githubPagesAddress(env: Env) {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').toLowerCase().split('/');
  if (env['GITHUB_PAGES'] !== 'true' || !owner || !repo) return undefined;
  if ((env['GITHUB_SERVER_URL'] ?? 'https://github.com') !== 'https://github.com') return undefined;
  const userSite = repo === `${owner}.github.io`;
  return {
    url: `https://${owner}.github.io${userSite ? '/' : `/${repo}/`}`,
    from: 'GITHUB_REPOSITORY',
  };
}

/** An address as a build takes it: an http(s) origin, and its path as the base path. */
function parsed(url: string, from: string): { site: string; base?: string } {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new NoSiteAddress(`${from} is "${url}", which is not an address: give https://…`);
  }
  if (!/^https?:$/.test(address.protocol))
    throw new NoSiteAddress(`${from} is "${url}": give an http or https address.`);
  // A host may give the path without its closing slash (GitLab's CI_PAGES_URL does).
  const base = address.pathname.replace(/\/?$/, '/');
  return { site: address.origin, ...(base === '/' ? {} : { base }) };
}

const isLocalhost = (site: string) =>
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(site);

/**
 * The site's address for a build: `site` and `base` as given (the --site and --base flags), else
 * SITE_URL and BASE_PATH, else what the host says; localhost for a local build. Throws
 * NoSiteAddress, its message one line, when a build on a known host finds no address it can use.
 */
export function siteAddress(
  env: Env,
  options: { site?: string | undefined; base?: string | undefined; local?: boolean } = {},
): SiteAddress {
  const host = options.local ? undefined : hosts.find(({ detect }) => detect(env));
  const base = options.base ?? env['BASE_PATH'];
  const chosen = options.site ?? env['SITE_URL'];
  if (chosen) {
    const from = options.site ? '--site' : 'SITE_URL';
    const { site, base: path } = parsed(chosen, from);
    if (path)
      throw new NoSiteAddress(
        `${from} is "${chosen}": give the origin there (${site}) and the path in BASE_PATH (${path}).`,
      );
    if (host && isLocalhost(site))
      throw new NoSiteAddress(
        `${from} is ${site} on ${host.name}, an address no reader can open: ${host.remedy}.`,
      );
    return {
      site,
      ...(base ? { base } : {}),
      note: `Citations and canonical links use ${site}${base ?? '/'} (${from}).`,
    };
  }
  if (!host)
    return {
      site: localSite,
      ...(base ? { base } : {}),
      note: `A local build: citations and canonical links use ${localSite}${base ?? '/'}; set SITE_URL to the site’s address before deploying it.`,
    };
  const found = host.address(env);
  if (!found)
    throw new NoSiteAddress(
      `${host.name} builds this site but gives no address for its citations: ${host.remedy}.`,
    );
  const { site, base: path } = parsed(found.url, found.from);
  const placed = base ?? path;
  return {
    site,
    ...(placed ? { base: placed } : {}),
    note: `Citations and canonical links use ${site}${placed ?? '/'} (${found.from}, from ${host.name}); set SITE_URL to give another.`,
  };
}
