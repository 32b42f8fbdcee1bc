// A place name: capitalised words, in any alphabet's letters ("São Paulo", "Reykjavík"),
// possibly "Washington, D.C.", "Vientiane, Laos" or "Port of Spain".
const word = String.raw`\p{Lu}[\p{L}\p{N}_’'.-]*`;
const place = String.raw`(?:the\s+)?(${word}(?:(?:\s+|,\s+)(?:(?:of|de|da|del)\s+)?${word})*)`;
const inPattern = new RegExp(String.raw`(?:^|[\s,])in\s+${place}`, 'u');
// "who is in Japan", "who is staying in Kyoto": inPattern finds those first.
const visitingPattern = new RegExp(
  String.raw`\bwho\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?:visiting|on\s+(?:an?\s+)?(?:[a-z]+\s+)?visit\s+to)\s+${place}`,
  'u',
);

/**
 * Where the meeting took place, when the lead says: "..., in Tokyo" after the verb, or else
 * the principal's visit ("who was visiting New York"). Undefined when the lead does not say.
 */
export function meetingPlace(clauses: readonly string[]): string | undefined {
  // A note in brackets names another clock's place, not the meeting's: "(same time in Japan)".
  const said = clauses.map((clause) => clause.replace(/\([^)]*\)/g, ''));
  for (const pattern of [inPattern, visitingPattern]) {
    for (const clause of said) {
      const name = pattern.exec(clause)?.[1];
      if (name) return trimPlace(name);
    }
  }
  return undefined;
}

/** "New York" of "New York." at a sentence's end; "Washington, D.C." keeps its initials' periods. */
function trimPlace(name: string): string {
  const bare = name.replace(/,+$/, '');
  return /(?:^|[^A-Za-z])(?:[A-Z]\.){2,}$/.test(bare) ? bare : bare.replace(/\.+$/, '');
}
