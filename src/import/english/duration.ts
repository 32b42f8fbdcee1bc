const units = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * The value of a number as readouts write it: "25", "1.5", "one", "twenty-five", "an"; NaN, which
 * no total accepts, for other words. The duration pattern gives it figures, "a" or "an", or one
 * or two words in lower case.
 */
function parseNumber(word: string): number {
  if (/\d/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const [first = '', second] = word.split(/[-\s]/);
  if (second === undefined)
    return units.includes(first)
      ? units.indexOf(first)
      : tens.indexOf(first) >= 2
        ? tens.indexOf(first) * 10
        : NaN;
  const ten = tens.indexOf(first);
  const unit = units.indexOf(second);
  return ten >= 2 && unit >= 1 && unit <= 9 ? ten * 10 + unit : NaN;
}

const amount = String.raw`(\d+(?:\.\d+)?|an?|[a-z]+(?:[-\s][a-z]+)?)`;
const durationPattern = new RegExp(
  String.raw`^(?:${amount}(\s+and\s+a\s+half)?\s+hours?(\s+and\s+a\s+half)?)?(?:(?:^|\s+|\s*,\s*)(?:and\s+)?${amount}\s+minutes?)?$`,
);

/**
 * Minutes in a duration as readouts write it: "one hour", "25 minutes", "1 hour and 10
 * minutes", "an hour and a half", "half an hour". Undefined when it is not a duration.
 */
export function parseMinutes(text: string): number | undefined {
  const phrase = text.trim().toLowerCase();
  if (phrase === 'half an hour') return 30;
  const match = durationPattern.exec(phrase);
  if (!match) return undefined;
  const [, hoursText, halfBefore, halfAfter, minutesText] = match;
  const hours = hoursText === undefined ? 0 : parseNumber(hoursText);
  const minutes = minutesText === undefined ? 0 : parseNumber(minutesText);
  // A word that is no number (NaN), or nothing at all, makes no total above 0.
  const total = Math.round((hours + (halfBefore || halfAfter ? 0.5 : 0)) * 60 + minutes);
  return total > 0 ? total : undefined;
}
