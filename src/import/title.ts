// The verbs of MOFA's leads, in the present tense of a title: singular, plural.
const presentTense: Record<string, [string, string]> = {
  received: ['receives', 'receive'],
  held: ['holds', 'hold'],
  had: ['has', 'have'],
  paid: ['pays', 'pay'],
  hosted: ['hosts', 'host'],
  met: ['meets', 'meet'],
  conducted: ['conducts', 'conduct'],
  made: ['makes', 'make'],
  attended: ['attends', 'attend'],
  exchanged: ['exchanges', 'exchange'],
  visited: ['visits', 'visit'],
  talked: ['talks', 'talk'],
  spoke: ['speaks', 'speak'],
  welcomed: ['welcomes', 'welcome'],
};

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The editorial title of a readout, in the present tense of news headlines, from the lead's
 * own verb phrase: "Prime Minister Abe receives a courtesy call from Vice President Biden".
 * Without a verb phrase, the kind of meeting and who met: "Telephone talk between A and B".
 */
export function readoutTitle(
  hosts: readonly string[],
  verbPhrase: string,
  guests: readonly string[],
  kindLabel: string,
): string {
  const [verb = '', ...rest] = verbPhrase.split(' ');
  const tense = presentTense[verb.toLowerCase()];
  if (!tense)
    return `${kindLabel.charAt(0).toUpperCase()}${kindLabel.slice(1)} between ${joinNames([...hosts, ...guests])}`;
  const phrase = [tense[hosts.length > 1 ? 1 : 0], ...rest].join(' ');
  return [joinNames(hosts), phrase, joinNames(guests)].filter(Boolean).join(' ');
}
