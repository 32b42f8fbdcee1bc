/** The title a role gives before its " of ": "Prime Minister" of "Prime Minister of Japan". */
export const roleTitle = (role: string): string => role.split(' of ')[0]?.trim() ?? role;

// Words that start a ministry's remit, not a country: "Minister of Foreign Affairs of Japan".
const remits =
  /^(?:[\w\s,]*\bAffairs\b|External|Foreign|Affairs|State|Defen[cs]e|Finance|Economy|Trade|Commerce|Home|Interior|Justice|Health|Education|Agriculture|Industry|Land|Environment|the\s+(?:Cabinet|Government|Ministry|Department|Office))\b/;

/** The country a role serves, e.g. "United States of America" of "Vice President of the United States of America". */
export function countryOfRole(role: string): string | undefined {
  const parts = role.split(' of ');
  for (let index = 1; index < parts.length; index += 1) {
    const rest = parts.slice(index).join(' of ');
    // A country is named with a capital: "a former prisoner of war" serves none.
    if (!remits.test(rest) && /^(?:the\s+)?\p{Lu}/u.test(rest)) return rest.replace(/^the\s+/, '');
  }
  return undefined;
}

// Country names read with "the": "the United Kingdom", "the Republic of Korea", "the Philippines".
const takesThe =
  /^(?:United|Republic|Democratic|Federal|Islamic|Commonwealth|Kingdom|Russian Federation|People|Philippines|Netherlands|State of)\b/;

/** A role made of an office and its country, as readouts write one: "Prime Minister of the United Kingdom". */
export const roleOfOffice = (title: string, country: string | undefined): string =>
  country === undefined ? title : `${title} of ${takesThe.test(country) ? 'the ' : ''}${country}`;
