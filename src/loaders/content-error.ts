/** An error in a content file, told to the editor as `file:line: what is wrong`. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(`${line ? `${file}:${line}` : file}: ${reason}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
