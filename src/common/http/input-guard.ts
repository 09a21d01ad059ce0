import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { findHostileInput, MAX_INPUT_DEPTH, type HostileInput } from './hostile-input';

function refusal(fault: HostileInput): DomainError {
  const field = fault.field.slice(0, 100);
  switch (fault.kind) {
    case 'too_deep':
      return DomainError.badRequest(
        `The request nests objects or lists more than ${MAX_INPUT_DEPTH} levels deep; no field of this API needs that.`,
        [{ field, messages: [`nested more than ${MAX_INPUT_DEPTH} levels deep`] }],
        'BODY_TOO_DEEP',
      );
    case 'nul_byte':
      return DomainError.badRequest(
        `"${field}" contains a NUL character (\\u0000), which no text may hold. Remove it and send again.`,
        [{ field, messages: ['contains a NUL character'] }],
        'INVALID_TEXT',
      );
    case 'lone_surrogate':
      return DomainError.badRequest(
        `"${field}" contains a broken character (a lone UTF-16 surrogate). Type or paste the text again.`,
        [{ field, messages: ['contains a broken character (lone surrogate)'] }],
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
