/** What an editor may add to a text for the importer, each on a line of its own. */
export interface LabelledLines {
  /** "Source: https://...": the original page. */
  url?: string;
  /** "Publisher: Prime Minister's Office, 10 Downing Street": who published it. */
  publisher?: string;
  /** The text without those lines. */
  text: string;
}

const urlLine = /^[ \t]*(?:Source|URL|Original)[ \t]*:[ \t]*(https?:\/\/\S+)[ \t]*$/gim;
const publisherLine = /^[ \t]*Publisher[ \t]*:[ \t]*(\S.*?)[ \t]*$/gim;

/**
 * Takes the lines an editor adds to a batch's texts ("Source: <url>", "Publisher: <name>"),
 * wherever they stand, so that each file can say what `--url` and `--publisher` say for one.
 */
export function labelledLines(text: string): LabelledLines {
  const url = [...text.matchAll(urlLine)][0]?.[1];
  const publisher = [...text.matchAll(publisherLine)][0]?.[1];
  return {
    ...(url ? { url } : {}),
    ...(publisher ? { publisher } : {}),
    text: text.replace(urlLine, '').replace(publisherLine, ''),
  };
}
