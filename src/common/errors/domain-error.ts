import { msg, type Msg } from '../i18n/msg';
import { translate } from '../i18n/translate';

export type DomainErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'unprocessable'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'unsupported_media_type';

/**
 * A text for a person: a catalogue message, translated for its reader. A plain string is a
 * text written before the catalogues and is shown as it is; new code passes messages.
 */
export type PersonText = Msg | string;

/** What is wrong with one field; the messages are translated when the answer is written. */
export interface ErrorDetail {
  field: string;
  messages: PersonText[];
}

/** A text in the reader's language (the request's, or the one given). */
export function personText(text: PersonText, locale?: Parameters<typeof translate>[1]): string {
  return typeof text === 'string' ? text : translate(text, locale);
}

/**
 * A rule the request broke, in words a person can act on. Services throw these and never
 * HTTP exceptions; the exception filter maps the kind to a status code and translates the
 * text into the language of the request. `code` is for programs and never changes.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly text: PersonText,
    readonly code?: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    // The log's message is English, whoever asked.
    super(personText(text, 'en'));
    this.name = 'DomainError';
  }

  static badRequest(text: PersonText, details?: ErrorDetail[], code?: string) {
    return new DomainError('bad_request', text, code, details);
  }
  static unauthorized(text: PersonText, code?: string) {
    return new DomainError('unauthorized', text, code);
  }
  static forbidden(text: PersonText, code?: string) {
    return new DomainError('forbidden', text, code);
  }
  /** `what` names the kind of record, e.g. msg('entities.customer'). */
  static notFound(what: PersonText, id?: string | number) {
    const text =
      id === undefined
        ? msg('common.notFound', { what })
        : msg('common.notFoundWithId', { what, id });
    return new DomainError('not_found', text, 'NOT_FOUND');
  }
  static conflict(text: PersonText, code?: string) {
    return new DomainError('conflict', text, code);
  }
  static staleVersion(what: PersonText) {
    return new DomainError('conflict', msg('common.staleVersion', { what }), 'STALE_VERSION');
  }
  static locked(text: PersonText, code?: string) {
    return new DomainError('locked', text, code);
  }
  static payloadTooLarge(text: PersonText) {
    return new DomainError('payload_too_large', text, 'PAYLOAD_TOO_LARGE');
  }
  static unsupportedMediaType(text: PersonText) {
    return new DomainError('unsupported_media_type', text, 'UNSUPPORTED_MEDIA_TYPE');
  }
  static unprocessable(text: PersonText, details?: ErrorDetail[], code?: string) {
    return new DomainError('unprocessable', text, code, details);
  }
}
