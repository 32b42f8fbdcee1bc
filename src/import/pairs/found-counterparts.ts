import { sameMeeting, type MeetingAccount } from '../../lib/one-meeting.ts';

/**
 * The other accounts of a readout's meeting among the archive's and a batch's earlier ones:
 * each is linked once, on the later readout's side, and the build links both ways.
 */
export function foundCounterparts(
  account: MeetingAccount,
  others: readonly MeetingAccount[],
  linked: readonly string[],
): MeetingAccount[] {
  return others.filter((other) => !linked.includes(other.id) && sameMeeting(account, other));
}
