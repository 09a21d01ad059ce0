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

export interface ErrorDetail {
  field: string;
  messages: string[];
}

/**
 * A rule the request broke, in words a person can act on. Services throw these and never
 * HTTP exceptions; the exception filter maps the kind to a status code.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly code?: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badRequest(message: string, details?: ErrorDetail[], code?: string) {
    return new DomainError('bad_request', message, code, details);
  }
  static unauthorized(message: string, code?: string) {
    return new DomainError('unauthorized', message, code);
  }
  static forbidden(message: string, code?: string) {
    return new DomainError('forbidden', message, code);
  }
  static notFound(entity: string, id?: string | number) {
    const what = id === undefined ? entity : `${entity} ${id}`;
    return new DomainError('not_found', `${what} was not found.`, 'NOT_FOUND');
  }
  static conflict(message: string, code?: string) {
    return new DomainError('conflict', message, code);
  }
  static staleVersion(entity: string) {
    return new DomainError(
      'conflict',
      `This ${entity} was changed by someone else since you loaded it. Reload and try again.`,
      'STALE_VERSION',
    );
  }
  static locked(message: string, code?: string) {
    return new DomainError('locked', message, code);
  }
  static payloadTooLarge(message: string) {
    return new DomainError('payload_too_large', message, 'PAYLOAD_TOO_LARGE');
  }
  static unsupportedMediaType(message: string) {
    return new DomainError('unsupported_media_type', message, 'UNSUPPORTED_MEDIA_TYPE');
  }
  static unprocessable(message: string, details?: ErrorDetail[], code?: string) {
    return new DomainError('unprocessable', message, code, details);
  }
}
