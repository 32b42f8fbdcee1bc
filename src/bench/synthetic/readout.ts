import { picker } from './random.ts';
import type { SyntheticPerson, SyntheticTopic } from './vocabulary.ts';

// Sentence parts in the manner of a ministry's readout.
const verbs = [
  'stated that',
  'expressed the view that',
  'welcomed that',
  'noted that',
  'emphasized that',
  'explained that',
];
const clauses = [
  'the two countries will continue to work closely together on',
  'it is important to further strengthen cooperation in the area of',
  'both sides confirmed their commitment to dialogue regarding',
  'concrete progress has been made over the past year on',
  'the international community needs to respond in a united manner to challenges concerning',
  'he hopes to deepen discussions at the working level on',
];
const closings = [
  'The two sides agreed to remain in close communication.',
  'The two leaders shared the view that they will follow up at the next meeting.',
  'Both sides welcomed the outcome of the recent ministerial consultations.',
];

/** A readout as Markdown: frontmatter and text, in the shape of the archive's content. */
export function syntheticReadout(
  random: () => number,
  id: string,
  date: string,
  host: SyntheticPerson,
  guest: SyntheticPerson,
  topics: SyntheticTopic[],
  people: SyntheticPerson[],
): string {
  const { int, one } = picker(random);
  const sentence = (topic: SyntheticTopic): string => {
    const speaker = one([host, guest]);
    const mention =
      int(0, 5) === 0
        ? ` and with ${one(people).name}, ${one(people).role} of ${one(people).country},`
        : '';
    return `${speaker.role} ${speaker.familyName} ${one(verbs)} ${one(clauses)} ${topic.title.toLowerCase()}${mention} including ${one(topic.aliases)}.`;
  };
  const paragraph = (topic: SyntheticTopic): string =>
    Array.from({ length: int(2, 4) }, () => sentence(topic)).join(' ');
  const sections = topics.map((topic, index) =>
    [
      `## ${String(index + 1)}. ${topic.title} {#${topic.id}}`,
      ...Array.from({ length: int(1, 4) }, () => paragraph(topic)),
    ].join('\n\n'),
  );
  const lead = `On ${date}, commencing at around ${String(int(9, 18))}:${one(['00', '15', '30', '45'])} for approximately ${String(int(2, 9) * 10)} minutes, ${host.role} ${host.name} of ${host.country} held a meeting with ${guest.role} ${guest.name} of ${guest.country}. The overview of the meeting is as follows:`;
  const frontmatter = [
    '---',
    `title: ${host.role} ${host.familyName} meets ${guest.role} ${guest.familyName}`,
    `kind: ${one(['courtesy-call', 'summit-meeting', 'telephone-talk', 'foreign-ministers-meeting', 'meeting'])}`,
    `date: ${date}`,
    'start:',
    `  time: "${String(int(9, 18)).padStart(2, '0')}:${one(['00', '15', '30', '45'])}"`,
    '  approximate: true',
    '  timeZone: Asia/Tokyo',
    'duration:',
    `  minutes: ${String(int(2, 9) * 10)}`,
    '  approximate: true',
    'place: Tokyo',
    'participants:',
    `  - person: ${host.id}`,
    `    role: ${host.role} of ${host.country}`,
    `  - person: ${guest.id}`,
    `    role: ${guest.role} of ${guest.country}`,
    'topics:',
    ...topics.map((topic) => `  - ${topic.id}`),
    `series: ${guest.country} Relations`,
    'source:',
    '  publisher: Ministry of Foreign Affairs of Japan',
    `  url: https://www.mofa.go.jp/example/${id}.html`,
    `  published: ${date}`,
    '  language: en',
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${lead}\n\n${sections.join('\n\n')}\n\n${one(closings)}\n`;
}
