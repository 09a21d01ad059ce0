import { QueryFailedError } from 'typeorm';
import { maskPhone } from '../phone/mobile-number';

/**
 * An error as a person may read it in a run record or an outbox row: its message's first
 * line, phone-like digit runs masked, shortened. Never a stack, and never a database
 * error's text (it can carry SQL or values): only its code.
 */
export function shortErrorMessage(error: unknown, maxLength = 500): string {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; number?: number } | undefined;
    const code = driverError?.code ?? driverError?.number;
    return `database error${code === undefined ? '' : ` (${code})`}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine =
    message.split('\n')[0].trim() || (error instanceof Error ? error.name : 'unknown error');
  return firstLine.replace(/\d{7,}/g, (digits) => maskPhone(digits) ?? '').slice(0, maxLength);
}
