/**
 * The one error type of the data build: it always names the file, where in it the
 * problem is (row or key, when known) and what the reader should do about it.
 */
export class DataBuildError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly fix: string,
    readonly where?: string,
  ) {
    super(`${file}${where ? ` (${where})` : ''}: ${problem}\n  → ${fix}`);
    this.name = 'DataBuildError';
  }
}
