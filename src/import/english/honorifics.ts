// Honorifics written with a full stop; a typo can glue them to the name ("Mr.Robert").
// "H. E." is written with a space too.
const abbreviated = String.raw`(?:H\.\s?E\.|H\.M\.|H\.R\.H\.|H\.H\.|Rt\.?\s*Hon\.|Hon\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Prof\.|Sen\.)`;
// British usage writes some without the stop: "Ms Penny Wong", "the Rt Hon Boris Johnson MP",
// "the Hon Scott Morrison" (a bare "Hon" only after "the": "Hon" alone can start a name).
const unstopped = String.raw`(?:Mr|Ms|Mrs|Dr|Rt\.?\s+Hon|(?<=[Tt]he\s+)Hon)`;
// Honorifics that are words: "the Honorable", "the Right Honourable", "Senator the Hon.",
// Malaysian titles ("Dato' Seri", "Tan Sri"), "His Excellency".
const words = String.raw`(?:(?:Right\s+)?Hono(?:u)?rable|Excellency|(?:His|Her|Their)\s+(?:Excellency|Majesty|Royal\s+Highness|Highness)|Senator|Professor|Sir|Dame|Sheikha?|(?:Dato['’]?|Datuk)(?:\s+(?:Seri|Sri))?|Datin(?:\s+Seri)?|Tan\s+Sri|Toh\s+Puan|Tun)`;

/**
 * Where a person is named: a run of honorifics ("Mr.", "H.E. Ms.", "the Hon.", "Senator the
 * Hon.", "Dato' Seri") before a capital. The match is the honorifics; the name follows it.
 */
export const personPattern = new RegExp(
  String.raw`(?<![\w.])(?:(?:[Tt]he\s+)?(?:${abbreviated}\s*|(?:${words}|${unstopped})\s+))+(?=\p{Lu})`,
  'gu',
);

// Letters after a name that are not part of it: "the Hon. Julie Bishop MP", "Turnbull, MP,".
const postNominals = String.raw`(?:MP|MHR|MLA|QC|KC|SC|AC|AO|OBE|CBE|KBE|DBE|MBE|GCMG|KCMG|CMG|ONZ|GNZM|KNZM|MNZM|PhD)`;

/** A name without the post-nominals at its end. */
export const withoutPostNominals = (name: string): string =>
  name.replace(new RegExp(String.raw`(?:,?\s+${postNominals}\b\.?)+$`), '');

/** The length of the post-nominals that open a role ("MP, Prime Minister of ..."), with their comma. */
export const leadingPostNominals = (text: string): number =>
  new RegExp(String.raw`^(?:\s*${postNominals}\b,?)+`).exec(text)?.[0].length ?? 0;

// Titles that stand before a full name in place of an honorific: "Prime Minister Shinzo Abe".
const titles = String.raw`(?:Deputy\s+)?Prime\s+Minister|(?:Vice\s+)?President|Foreign\s+Minister|Minister\s+(?:for|of)\s+Foreign\s+Affairs|(?:Deputy\s+)?Chief\s+Cabinet\s+Secretary|Secretary\s+of\s+State|Secretary-General|Chancellor|Premier|King|Queen|Emperor|Crown\s+Prince(?:ss)?|Sultan|Emir|Amir|Speaker`;

/**
 * Where a person is named by a title and a full name ("Prime Minister Shinzo Abe held ... with
 * President Barack Obama"), in a participant's place: opening the sentence's subject or after
 * "with", "from", "on", "by" or "and". "At the invitation of President Vladimir Putin" names
 * no participant. The match is the title (group `title`); the name follows it.
 */
export const titledPersonPattern = new RegExp(
  String.raw`(?<=(?:^|,|\bwith|\bfrom|\bon|\bby|\band)\s+(?:the\s+)?)(?<title>${titles})\s+(?=\p{Lu}[\p{L}'’.-]*\s+(?:(?:bin|binti|al|van|von|der|de|da)\s+)?\p{Lu})`,
  'gu',
);
