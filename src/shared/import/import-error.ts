/**
 * A refusal in plain words: `Cannot import "photo.md": it is a PNG image, not text.`
 * Pure parsers do not know the file name, so they throw with an empty `file`; the file-level
 * entry point names the file with forFile() before the error reaches a person.
 */
export class ImportError extends Error {
  constructor(
    /** The file's name as the person chose it ("" when unknown). */
    readonly file: string,
    /** The reason as one sentence ending in a full stop: "it is a PNG image, not text." */
    readonly reason: string,
  ) {
    super(file ? `Cannot import "${file}": ${reason}` : `Cannot import this article: ${reason}`);
    this.name = 'ImportError';
  }

  forFile(file: string): ImportError {
    return new ImportError(file, this.reason);
  }
}

export function refuse(reason: string): never {
  throw new ImportError('', reason);
}
