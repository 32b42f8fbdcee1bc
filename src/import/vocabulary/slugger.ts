import { slug } from 'github-slugger';

/**
 * An id from a title or a name with github-slugger (the project's one slug function), fitted
 * to the alphabet of the vocabularies' ids (lowercase a–z, digits, single hyphens): accents
 * are dropped ("Côte" is "cote") and the runs of hyphens a slug keeps for dropped punctuation
 * ("Japan | Australia") are joined.
 */
export function idSlug(text: string): string {
  return slug(text.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** Makes an id from a text, or from `fallback` when the text has no letters the ids can use. */
export type MakeId = (text: string, fallback: string) => string;

/** Makes ids that are not taken yet, starting from the vocabulary's: `china`, then `china-1`. */
export function idMaker(taken: Iterable<string>): MakeId {
  const used = new Set(taken);
  return (text, fallback) => {
    const base = idSlug(text) || fallback;
    let id = base;
    for (let n = 1; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
