import GithubSlugger from 'github-slugger';

// Words for a synthetic archive's vocabularies: enough topics and people that pages and
// facets look like a real ministry's series, few enough that each recurs across readouts.
const subjects = [
  'Trade',
  'Security',
  'Climate change',
  'Energy',
  'Cyber security',
  'Maritime affairs',
  'Development cooperation',
  'Health',
  'Nuclear non-proliferation',
  'Regional affairs',
  'Economic partnership',
  'Investment',
  'Education',
  'Science and technology',
  'Space',
  'Agriculture',
  'Fisheries',
  'Disaster relief',
  'Human rights',
  'Counter-terrorism',
];
const regions = [
  '',
  'in the Indo-Pacific',
  'in Europe',
  'in Africa',
  'in the Middle East',
  'in Latin America',
];
const givenNames = [
  'Akira',
  'Maria',
  'John',
  'Ingrid',
  'Kofi',
  'Li',
  'Fatima',
  'Carlos',
  'Anna',
  'Rahul',
  'Sofia',
  'Kenji',
  'Olga',
  'Ahmed',
  'Grace',
  'Pierre',
];
const familyNames = [
  'Tanaka',
  'Schmidt',
  'Okafor',
  'Novak',
  'Haddad',
  'Silva',
  'Lindqvist',
  'Moreau',
  'Sato',
  'Kowalski',
  'Mensah',
  'Costa',
  'Ivanova',
  'Patel',
  'Nakamura',
  'Brennan',
];
const roles = [
  'Prime Minister',
  'President',
  'Minister for Foreign Affairs',
  'Vice President',
  'Minister of Defense',
  'Minister of Trade',
];
const countries = [
  'Japan',
  'Atlantia',
  'Borealis',
  'Corvania',
  'Dalmoria',
  'Estavia',
  'Fennland',
  'Galdor',
  'Hestia',
  'Ilyria',
];

export interface SyntheticTopic {
  id: string;
  title: string;
  aliases: string[];
}

export interface SyntheticPerson {
  id: string;
  name: string;
  familyName: string;
  country: string;
  role: string;
}

/** Forty topics: subjects, some of them in a region. */
export function syntheticTopics(): SyntheticTopic[] {
  const slugger = new GithubSlugger();
  return Array.from({ length: 40 }, (_, index) => {
    const subject = subjects[index % subjects.length] ?? 'Trade';
    const region = regions[Math.floor(index / subjects.length) * 3] ?? '';
    const title = region ? `${subject} ${region}` : subject;
    return {
      id: slugger.slug(title),
      title,
      aliases: [
        `${subject.toLowerCase()} policy`,
        `${subject.split(' ')[0] ?? subject} cooperation`,
      ],
    };
  });
}

/** Eighty people, each of one country and one role. */
export function syntheticPeople(): SyntheticPerson[] {
  const slugger = new GithubSlugger();
  return Array.from({ length: 80 }, (_, index) => {
    const given = givenNames[index % givenNames.length] ?? 'Anna';
    const family = familyNames[Math.floor(index / 5) % familyNames.length] ?? 'Sato';
    const name = `${given} ${family}`;
    return {
      id: slugger.slug(name),
      name,
      familyName: family,
      country: countries[index % countries.length] ?? 'Japan',
      role: roles[index % roles.length] ?? 'President',
    };
  });
}
