import { describe, expect, it } from 'vitest';
import { meetingPlace } from '../../../src/import/english/place.ts';

describe('where a lead says the meeting took place', () => {
  const places: [string, string][] = [
    ['in Tokyo.', 'Tokyo'],
    [', held a meeting in Washington, D.C.', 'Washington, D.C.'],
    ['held talks in Vientiane, Laos.', 'Vientiane, Laos'],
    ['in Port of Spain', 'Port of Spain'],
    ['in the Hague', 'Hague'],
    ['in Rio de Janeiro', 'Rio de Janeiro'],
    ['in Santa Cruz del Sur', 'Santa Cruz del Sur'],
    ['in Sao da Silva', 'Sao da Silva'],
    ['in Tokyo,,', 'Tokyo'],
    ['in St. Louis.', 'St. Louis'],
    ['in U.S.A.', 'U.S.A.'],
    ['in O’Hare', 'O’Hare'],
    ['in A-B', 'A-B'],
    ['Prime Minister,in Tokyo', 'Tokyo'],
    ['in São Paulo.', 'São Paulo'],
    ['in Reykjavík', 'Reykjavík'],
  ];
  for (const [clause, place] of places)
    it(`is “${place}” of “${clause}”`, () => {
      expect(meetingPlace([clause])).toBe(place);
    });

  it('is no place of words that are not “in” and a capital', () => {
    for (const clause of ['within Tokyo', 'in tokyo', 'who visited Japan'])
      expect(meetingPlace([clause]), clause).toBeUndefined();
    expect(meetingPlace([])).toBeUndefined();
  });

  it('is not the place of a note in brackets', () => {
    expect(meetingPlace(['(same time in Japan)'])).toBeUndefined();
    expect(meetingPlace(['(same time in Japan)', 'in Paris'])).toBe('Paris');
  });

  const visits = [
    'who is visiting New York',
    'who was visiting New York',
    'who are visiting New York',
    'who were in New York',
    'who is currently visiting New York',
    'who is now in New York',
    'who is staying in New York',
    'who is on a visit to New York',
    'who is on an official visit to New York',
    'who is on visit to New York',
  ];
  for (const clause of visits)
    it(`is the principal’s visit: “${clause}”`, () => {
      expect(meetingPlace([clause])).toBe('New York');
    });

  it('is a place “in” before a visit, in whichever clause', () => {
    expect(meetingPlace(['who is visiting Japan', 'in Tokyo'])).toBe('Tokyo');
    expect(meetingPlace(['in Tokyo', 'who is visiting Japan'])).toBe('Tokyo');
  });
});

describe('where a lead says the meeting took place, with runs of spaces', () => {
  const places: [string, string][] = [
    ['held talks  in  Tokyo', 'Tokyo'],
    ['in  the  Hague', 'Hague'],
    ['in Port  of  Spain', 'Port  of  Spain'],
    ['in Vientiane,  Laos', 'Vientiane,  Laos'],
    ['who  is  visiting  New York', 'New York'],
    ['who is  currently  visiting New York', 'New York'],
    ['who is on  an  official  visit  to New York', 'New York'],
  ];
  for (const [clause, place] of places)
    it(`is “${place}” of “${clause}”`, () => {
      expect(meetingPlace([clause])).toBe(place);
    });
});

describe('the words of a place', () => {
  it('leave out a note in brackets, and keep a full stop of initials only at the end', () => {
    expect(meetingPlace(['held talks in (central) Tokyo'])).toBe('Tokyo');
    expect(meetingPlace(['in the U.S. Embassy.'])).toBe('U.S. Embassy');
  });
});
