/** A count and its noun, in the plural unless one: "1 section", "3 sections". */
export function counted(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}
