import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/** PostgreSQL classes 08 (connection exception) and 57P (operator intervention: shutdown, kill). */
const LOST_SQLSTATE = /^(08|57P0[1-3])/;
/** Node socket errors, and the pg client's words for a connection that died under it. */
const LOST_NODE_CODE = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKET',
  'ECONNCLOSED',
]);
const LOST_MESSAGE =
  /Connection terminated|connection error and is not queryable|Client was closed|Connection is closed/i;

/**
 * Whether an error says the connection to the database is gone (killed, restarted, network),
 * as opposed to a fault of the statement. Such failures are answered 503, and a read that met
 * one is tried once more on a new connection.
 */
export function isConnectionLost(error: unknown): boolean {
  // TypeORM's words for a runner whose connection broke under a transaction still being written.
  if (
    error instanceof QueryRunnerAlreadyReleasedError ||
    error instanceof QueryRunnerProviderAlreadyReleasedError
  )
    return true;
  if (!(error instanceof Error)) return false;
  const driverError = (error as { driverError?: unknown }).driverError;
  const candidates = [error, driverError].filter(
    (item): item is Error & { code?: unknown } => item instanceof Error,
  );
  return candidates.some((candidate) => {
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    return (
      LOST_SQLSTATE.test(code) || LOST_NODE_CODE.has(code) || LOST_MESSAGE.test(candidate.message)
    );
  });
}
