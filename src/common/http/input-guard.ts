import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { findHostileInput, MAX_INPUT_DEPTH, type HostileInput } from './hostile-input';
import { msg } from '../i18n/msg';

function refusal(fault: HostileInput): DomainError {
  const field = fault.field.slice(0, 100);
  switch (fault.kind) {
    case 'too_deep':
      return DomainError.badRequest(
        msg('http.tooDeep', { depth: MAX_INPUT_DEPTH }),
        [{ field, messages: [msg('http.tooDeepDetail', { depth: MAX_INPUT_DEPTH })] }],
        'BODY_TOO_DEEP',
      );
    case 'nul_byte':
      return DomainError.badRequest(
        msg('http.nulByte', { field }),
        [{ field, messages: [msg('http.nulByteDetail')] }],
        'INVALID_TEXT',
      );
    case 'lone_surrogate':
      return DomainError.badRequest(
        msg('http.loneSurrogate', { field }),
        [{ field, messages: [msg('http.loneSurrogateDetail')] }],
        'INVALID_TEXT',
      );
  }
}

/**
 * Refuses, for every route and before guards, pipes or handlers see it, input that no field
 * may hold: bodies and queries nested deeper than any DTO (class-transformer and
 * class-validator recurse, and 40 KB of brackets overflowed the stack), NUL bytes (PostgreSQL
 * refuses them in text) and lone surrogates (not text at all; validator.js throws on them).
 * One check here rather than one per DTO field, so a new route is covered without a thought.
 */
export function registerInputGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const fault = findHostileInput(request.query) ?? findHostileInput(request.body);
    done(fault ? refusal(fault) : undefined);
  });
}
