/** A page's text as lines: trimmed, blank lines left out (each paragraph is a line of its own). */
export const pageLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Pages put each paragraph on one line. A line that stops mid-sentence and is followed by one
 * starting in lower case was wrapped by whoever copied the text: rejoin it.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  for (const line of lines) {
    const previous = blocks.at(-1);
    if (previous !== undefined && /^[a-z]/.test(line) && !/[.!?:;]["”’)]*$/.test(previous))
      blocks[blocks.length - 1] = `${previous} ${line}`;
    else blocks.push(line);
  }
  return blocks;
}
