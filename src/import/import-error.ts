/** A source file that cannot be imported, told as `file: what is missing or wrong`. */
export class ImportError extends Error {
  /** The file at fault, as the user named it. */
  readonly file: string;
  /** What is missing or wrong, for the editor. */
  readonly reason: string;
  /** The command-line flags that would supply what the text does not say, e.g. `--date`. */
  readonly flags: readonly string[];

  constructor(file: string, reason: string, flags: readonly string[] = []) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
    this.file = file;
    this.reason = reason;
    this.flags = flags;
  }
}

/** The facts a text does not give, collected so that one run names them all. */
export class MissingFields {
  private readonly reasons: string[] = [];
  private readonly flags: string[] = [];

  /** Records a fact the text does not give, and the flag that supplies it. */
  add(flag: string, reason: string): void {
    this.reasons.push(reason);
    if (!this.flags.includes(flag)) this.flags.push(flag);
  }

  /** Throws one error naming every missing fact, if there is any. */
  check(file: string): void {
    if (this.reasons.length > 0) throw new ImportError(file, this.reasons.join('; '), this.flags);
  }
}
