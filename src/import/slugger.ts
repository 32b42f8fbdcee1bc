import GithubSlugger from 'github-slugger';

/**
 * A github-slugger (the project's one slug function) that already knows the vocabulary's ids,
 * so that a new id never takes an existing one.
 */
export function sluggerFor(ids: Iterable<string>): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const id of ids) slugger.slug(id);
  return slugger;
}
