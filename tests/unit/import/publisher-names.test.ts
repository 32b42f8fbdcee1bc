import { describe, expect, it } from 'vitest';
import { findShape } from '../../../src/import/publishers/publishers.ts';

// The names `--publisher` and a "Publisher:" line take, and the hosts of the pages' addresses,
// each with the shape and publisher it gives.
const byName = (name: string) => {
  const { shape, publisher } = findShape('page.txt', '', name, undefined);
  return [shape.id, publisher?.name];
};
const byUrl = (url: string) => {
  const { shape, publisher } = findShape('page.txt', '', undefined, url);
  return [shape.id, publisher?.name];
};

const pmUk = 'Prime Minister’s Office, 10 Downing Street';
const fcdo = 'Foreign, Commonwealth & Development Office';
const state = 'U.S. Department of State';
const whiteHouse = 'The White House';
const canada = 'Prime Minister of Canada';
const pmAustralia = 'Prime Minister of Australia';
const fmAustralia = 'Minister for Foreign Affairs of Australia';
const china = 'Ministry of Foreign Affairs of the People’s Republic of China';
const mofa = 'Ministry of Foreign Affairs of Japan';
const kantei = 'Prime Minister’s Office of Japan';

describe('the names of the publishers the importer reads', () => {
  const names: [string, string, string][] = [
    [pmUk, 'gov-uk', pmUk],
    ["Prime Minister's Office, 10 Downing Street", 'gov-uk', pmUk],
    ['10 Downing Street', 'gov-uk', pmUk],
    ['Downing Street', 'gov-uk', pmUk],
    ['UK Prime Minister’s Office', 'gov-uk', pmUk],
    ["UK Prime Minister's Office", 'gov-uk', pmUk],
    [fcdo, 'gov-uk', fcdo],
    ['Foreign, Commonwealth and Development Office', 'gov-uk', fcdo],
    ['FCDO', 'gov-uk', fcdo],
    ['Foreign & Commonwealth Office', 'gov-uk', fcdo],
    ['Foreign and Commonwealth Office', 'gov-uk', fcdo],
    ['FCO', 'gov-uk', fcdo],
    [state, 'us-state', state],
    ['Department of State', 'us-state', state],
    ['State Department', 'us-state', state],
    ['US Department of State', 'us-state', state],
    [whiteHouse, 'white-house', whiteHouse],
    ['White House', 'white-house', whiteHouse],
    ['Office of the Press Secretary', 'white-house', whiteHouse],
    [canada, 'canada-pm', canada],
    ['Office of the Prime Minister of Canada', 'canada-pm', canada],
    ['PMO Canada', 'canada-pm', canada],
    ['pm.gc.ca', 'canada-pm', canada],
    [pmAustralia, 'australia', pmAustralia],
    ['Australian Prime Minister', 'australia', pmAustralia],
    ['pm.gov.au', 'australia', pmAustralia],
    [fmAustralia, 'australia', fmAustralia],
    ['Australian Minister for Foreign Affairs', 'australia', fmAustralia],
    ['Australian Foreign Minister', 'australia', fmAustralia],
    ['foreignminister.gov.au', 'australia', fmAustralia],
    [china, 'china-mfa', china],
    ["Ministry of Foreign Affairs of the People's Republic of China", 'china-mfa', china],
    ['Chinese Ministry of Foreign Affairs', 'china-mfa', china],
    ['China Ministry of Foreign Affairs', 'china-mfa', china],
    ['FMPRC', 'china-mfa', china],
    [mofa, 'mofa', mofa],
    ['MOFA', 'mofa', mofa],
    ['Japan Ministry of Foreign Affairs', 'mofa', mofa],
    ['Ministry of Foreign Affairs, Japan', 'mofa', mofa],
    [kantei, 'mofa', kantei],
    ["Prime Minister's Office of Japan", 'mofa', kantei],
    ['Kantei', 'mofa', kantei],
    ['Prime Minister of Japan and His Cabinet', 'mofa', kantei],
  ];
  for (const [name, shape, publisher] of names)
    it(`“${name}” is ${publisher}`, () => {
      expect(byName(name)).toEqual([shape, publisher]);
    });
});

describe('the hosts of the publishers’ pages', () => {
  const hosts: [string, string, string | undefined][] = [
    ['www.gov.uk', 'gov-uk', undefined],
    ['gov.uk', 'gov-uk', undefined],
    ['www.state.gov', 'us-state', state],
    ['state.gov', 'us-state', state],
    ['2021-2025.state.gov', 'us-state', state],
    ['2017-2021.state.gov', 'us-state', state],
    ['www.whitehouse.gov', 'white-house', whiteHouse],
    ['whitehouse.gov', 'white-house', whiteHouse],
    ['bidenwhitehouse.archives.gov', 'white-house', whiteHouse],
    ['pm.gc.ca', 'canada-pm', canada],
    ['www.pm.gc.ca', 'canada-pm', canada],
    ['www.pm.gov.au', 'australia', pmAustralia],
    ['pm.gov.au', 'australia', pmAustralia],
    ['www.foreignminister.gov.au', 'australia', fmAustralia],
    ['foreignminister.gov.au', 'australia', fmAustralia],
    ['www.fmprc.gov.cn', 'china-mfa', china],
    ['fmprc.gov.cn', 'china-mfa', china],
    ['www.mfa.gov.cn', 'china-mfa', china],
    ['mfa.gov.cn', 'china-mfa', china],
    ['www.mofa.go.jp', 'mofa', mofa],
    ['mofa.go.jp', 'mofa', mofa],
    ['japan.kantei.go.jp', 'mofa', kantei],
    ['www.kantei.go.jp', 'mofa', kantei],
  ];
  for (const [host, shape, publisher] of hosts)
    it(`${host} is ${publisher ?? `the ${shape} shape`}`, () => {
      expect(byUrl(`https://${host}/page.html`)).toEqual([shape, publisher]);
    });
});

describe('what each publisher’s pages imply', () => {
  const facts: [string, string, string][] = [
    [pmUk, 'United Kingdom', 'Europe/London'],
    [fcdo, 'United Kingdom', 'Europe/London'],
    [state, 'United States of America', 'America/New_York'],
    [whiteHouse, 'United States of America', 'America/New_York'],
    [canada, 'Canada', 'America/Toronto'],
    [pmAustralia, 'Australia', 'Australia/Sydney'],
    [fmAustralia, 'Australia', 'Australia/Sydney'],
    [china, 'China', 'Asia/Shanghai'],
    [mofa, 'Japan', 'Asia/Tokyo'],
    [kantei, 'Japan', 'Asia/Tokyo'],
  ];
  for (const [name, country, timeZone] of facts)
    it(`${name}: its country’s principal, in English, on ${timeZone} time`, () => {
      const { publisher } = findShape('page.txt', '', name, undefined);
      expect(publisher).toMatchObject({ name, country, language: 'en', timeZone });
    });
});
