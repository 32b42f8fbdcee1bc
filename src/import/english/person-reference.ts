import { personPattern, withoutPostNominals } from './honorifics.ts';
import { countryAtStart, countryNamed, officeAtStart, type Lexicon } from './lexicon.ts';

/** A person as a phrase of office and name gives them: "Japanese Prime Minister Suga". */
export interface Reference {
  /** The phrase as written. */
  words: string;
  /** The office's title as written ("Prime Minister", "Foreign Secretary"). */
  title?: string;
  /** The country the phrase names, by `countries.yaml`'s name ("Japan" of "Japanese"). */
  country?: string;
  /** The name, when the phrase gives it in full ("Fumio Kishida", "Joseph R. Biden, Jr."). */
  name?: string;
  /** The family name, when the phrase gives only that ("Suga"). */
  familyName?: string;
}

// A name: capitalised words, initials, particles, and a generational suffix ("Joseph R. Biden, Jr.").
const namePattern =
  /^(?:\p{Lu}[\p{L}'’‑-]*\.?|bin|binti|al|van|von|der|de|da|la|le)(?:\s+(?:\p{Lu}[\p{L}'’‑-]*\.?|bin|binti|al|van|von|der|de|da|la|le))*(?:,?\s+(?:Jr|Sr)\.?)?$/u;

/** The name of a phrase without its honorifics and post-nominals, if it is one. */
function nameOf(text: string): string | undefined {
  const bare = withoutPostNominals(text.replace(personPattern, '').trim().replace(/[,;]$/, ''));
  return namePattern.test(bare) ? bare : undefined;
}

/** A name, or a family name when it is one word. */
const named = (name: string): Pick<Reference, 'name' | 'familyName'> =>
  /\s/.test(name.replace(/,?\s+(?:Jr|Sr)\.$/, '')) ? { name } : { familyName: name };

/**
 * "Prime Minister Abe of Japan", "Japanese Foreign Minister Hayashi Yoshimasa", "the Prime
 * Minister of Japan Shigeru Ishiba", "the Prime Minister": an optional country, an office, an
 * optional name and an optional "of <country>".
 */
function officeFirst(text: string, lexicon: Lexicon): Omit<Reference, 'words'> | undefined {
  const adjective = countryAtStart(text, lexicon);
  const office = officeAtStart(adjective?.rest ?? text, lexicon);
  if (!office) return undefined;
  let rest = office.rest;
  let country = adjective?.entry.name;
  // "of Japan" at the end, or "of Japan" before the name ("Prime Minister of Japan Kishida Fumio").
  const ofCountry = /^(?:of\s+(?:the\s+)?)(.+)$/i.exec(rest);
  if (ofCountry) {
    const after = countryAtStart(ofCountry[1] ?? '', lexicon);
    if (after) {
      country = after.entry.name;
      rest = after.rest.replace(/^\([^)]*\)\s*/, '');
    }
  }
  const trailing = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(rest);
  const trailingCountry = trailing && countryNamed(trailing[2] ?? '', lexicon);
  if (trailing && trailingCountry) {
    country = trailingCountry.name;
    rest = trailing[1] ?? '';
  }
  if (rest === '') return { title: office.words, ...(country ? { country } : {}) };
  const name = nameOf(rest);
  return name === undefined
    ? undefined
    : { title: office.words, ...(country ? { country } : {}), ...named(name) };
}

/**
 * Reads how a readout names a person by office: "The Prime Minister", "Prime Minister Abe of
 * Japan", "Japanese Prime Minister Fumio Kishida", "the Prime Minister of Japan, Kishida Fumio",
 * "Fumio Kishida, the Prime Minister of Japan", "President Joseph R. Biden, Jr.", or a name
 * alone. Undefined when the phrase names no one.
 */
export function readReference(phrase: string, lexicon: Lexicon): Reference | undefined {
  // A sentence's full stop is no part of the name, but "Jr." keeps its own.
  const words = phrase
    .trim()
    .replace(/[;:]$/, '')
    .replace(/(?<!\b(?:Jr|Sr|\p{Lu}))\.$/u, '');
  const text = words.replace(/^the\s+/i, '');
  const whole = officeFirst(text, lexicon);
  if (whole) return { words, ...whole };
  // "the Prime Minister of Japan, Kishida Fumio" and "Fumio Kishida, the Prime Minister of Japan".
  const comma = /^(.+?),\s+(.+)$/.exec(text);
  if (comma) {
    const [, first = '', second = ''] = comma;
    const office = officeFirst(first, lexicon);
    const name = nameOf(second);
    if (office && !office.name && !office.familyName && name)
      return { words, ...office, ...named(name) };
    const after = officeFirst(second.replace(/^the\s+/i, ''), lexicon);
    const before = nameOf(first);
    if (after && !after.name && !after.familyName && before)
      return { words, ...after, ...named(before) };
  }
  const name = nameOf(text);
  return name === undefined ? undefined : { words, ...named(name) };
}
