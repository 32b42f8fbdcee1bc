/** A source file that cannot be imported, told as `file: what is missing or wrong`. */
export class ImportError extends Error {
  /** The file at fault, as the user named it. */
  readonly file: string;
  /** What is missing or wrong, for the editor. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
    this.file = file;
    this.reason = reason;
  }
}
