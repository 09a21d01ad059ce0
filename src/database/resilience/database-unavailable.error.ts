/**
 * The database could not do what was asked, for a reason that passes: it is busy (a lock held
 * by another process, or a queue longer than the request may wait) or the connection was lost.
 * Nothing of the request's transaction was kept. The exception filter answers 503 with
 * `Retry-After`, so that a client (or a person) tries again rather than reports a bug.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: 'busy' | 'connection_lost',
    /** seconds after which a retry has a fair chance */
    readonly retryAfterSeconds: number,
  ) {
    super(reason === 'busy' ? 'The database is busy.' : 'The connection to the database was lost.');
    this.name = 'DatabaseUnavailableError';
  }
}
