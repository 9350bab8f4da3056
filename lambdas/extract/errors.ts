/**
 * Why an input was refused. Each reason names a quarantine prefix, so keep them short, stable and URL-safe.
 */
export type RejectReason =
  | 'empty'
  | 'binary'
  | 'truncated-gzip'
  | 'gzip-bomb'
  | 'too-large'
  | 'too-complex'
  | 'undecodable'
  | 'not-html'
  | 'no-article';

/** Thrown for input that can never become an article; the pipeline quarantines it and does not retry. */
export class RejectedInputError extends Error {
  override readonly name = 'RejectedInputError';
  constructor(
    readonly reason: RejectReason,
    message: string,
  ) {
    super(`${reason}: ${message}`);
  }
}
