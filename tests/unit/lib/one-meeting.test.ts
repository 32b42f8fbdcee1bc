import { describe, expect, it } from 'vitest';
import {
  oneMeetingRule,
  sameMeeting,
  tooFarApart,
  type MeetingAccount,
} from '../../../src/lib/one-meeting.ts';

// Japan's and the United States' accounts of one meeting, as the importer and the build's check
// of unpaired readouts see them: each names its own principal first.
const tokyo: MeetingAccount = {
  id: '2016-09-21-abe-biden',
  date: '2016-09-21',
  publisher: 'Ministry of Foreign Affairs of Japan',
  principals: ['shinzo-abe', 'joe-biden'],
  participants: ['shinzo-abe', 'joe-biden', 'fumio-kishida'],
};
const washington: MeetingAccount = {
  id: '2016-09-21-biden-abe',
  date: '2016-09-21',
  publisher: 'The White House',
  principals: ['joe-biden', 'shinzo-abe'],
  participants: ['joe-biden', 'shinzo-abe'],
};

describe('whether two readouts are two governments’ accounts of one meeting', () => {
  it('they are, with the same principals on the same day or a day apart', () => {
    expect(sameMeeting(tokyo, washington)).toBe(true);
    expect(sameMeeting(washington, tokyo)).toBe(true);
    expect(sameMeeting(tokyo, { ...washington, date: '2016-09-20' })).toBe(true);
    expect(sameMeeting(tokyo, { ...washington, date: '2016-09-22' })).toBe(true);
  });

  it('they are not two days apart', () => {
    expect(sameMeeting(tokyo, { ...washington, date: '2016-09-23' })).toBe(false);
    expect(tooFarApart('2016-09-21', '2016-09-19')).toBe(true);
    expect(tooFarApart('2016-09-21', '2016-09-22')).toBe(false);
    expect(oneMeetingRule).toBe(
      'readouts of one meeting are at most 1 day apart (time zones). Is it the same meeting?',
    );
  });

  it('a readout is not another account of its own meeting, nor is its publisher’s other readout', () => {
    expect(sameMeeting(tokyo, tokyo)).toBe(false);
    expect(sameMeeting(tokyo, { ...washington, id: tokyo.id })).toBe(false);
    expect(sameMeeting(tokyo, { ...washington, publisher: tokyo.publisher })).toBe(false);
  });

  it('they are not when an editor said so, on either side', () => {
    expect(sameMeeting({ ...tokyo, notCounterparts: [washington.id] }, washington)).toBe(false);
    expect(sameMeeting(tokyo, { ...washington, notCounterparts: [tokyo.id] })).toBe(false);
    expect(sameMeeting(tokyo, { ...washington, notCounterparts: ['another'] })).toBe(true);
  });

  it('every principal of each must be present in the other', () => {
    // Washington's principal met someone else: the Foreign Minister, not the Prime Minister.
    const other = { ...washington, principals: ['joe-biden', 'fumio-kishida'] };
    expect(sameMeeting(tokyo, { ...other, participants: ['joe-biden', 'fumio-kishida'] })).toBe(
      false,
    );
    // Present, but not a principal of Tokyo's account: Tokyo's principals are not all in it.
    expect(sameMeeting(tokyo, { ...washington, participants: ['joe-biden'] })).toBe(false);
    expect(
      sameMeeting({ ...tokyo, participants: ['shinzo-abe', 'fumio-kishida'] }, washington),
    ).toBe(false);
  });

  it('an account that names no one who met pairs with nothing', () => {
    expect(sameMeeting({ ...tokyo, principals: [] }, washington)).toBe(false);
    expect(sameMeeting(tokyo, { ...washington, principals: [] })).toBe(false);
  });
});
