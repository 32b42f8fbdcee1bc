/** An error in a content file, told to the editor as `file:line: what is wrong`. */
export class ContentError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${line ? `${file}:${line}` : file}: ${message}`);
    this.name = 'ContentError';
  }
}
