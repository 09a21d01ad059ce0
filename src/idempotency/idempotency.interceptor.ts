import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import type { Principal } from '../access/principal';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import type { IdempotencyClaim } from './idempotency-claim';
import { IdempotencyService } from './idempotency.service';
import { checkIdempotencyKey } from './idempotency-key';
import { IDEMPOTENT_IN_SERVICE } from './idempotent-in-service.decorator';
import { requestHash } from './request-hash';

/**
 * Honours `Idempotency-Key` on every POST of a signed-in user (creates and money moves): the
 * same key and body get the first answer again, marked `Idempotent-Replayed: true`. Uploads
 * (multipart) are left out: their body is a stream the handler reads, not known here.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || !request.user || request.isMultipart())
      return next.handle();
    if (this.reflector.get<boolean>(IDEMPOTENT_IN_SERVICE, context.getHandler()))
      return next.handle();
    checkIdempotencyKey(header);
    const claim: IdempotencyClaim = {
      userId: request.user.id,
      key: header,
      fingerprint: fingerprintOf(request),
      committed: false,
    };
    const statusCode =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      HttpStatus.CREATED;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.idempotency.earlierAnswer(claim)).pipe(
      mergeMap((earlier) => {
        if (earlier) {
          void reply.header('Idempotent-Replayed', 'true');
          return of(earlier.body);
        }
        const store = RequestContext.current();
        if (store) store.idempotency = claim;
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            if (store?.idempotency === claim) store.idempotency = undefined;
            await this.idempotency.storeAnswer(claim, statusCode, body);
            return body;
          }),
          // A twin sent at the same moment may have done the work first (this one then broke a
          // unique key, or its claim did): answer as the twin did, not with the collision.
          catchError((error: unknown) => from(this.twinAnswer(claim, error, reply))),
        );
      }),
    );
  }

  private async twinAnswer(
    claim: IdempotencyClaim,
    error: unknown,
    reply: FastifyReply,
  ): Promise<unknown> {
    if (claim.committed) throw error;
    const earlier = await this.idempotency.earlierAnswer(claim).catch((lookup: unknown) => {
      throw lookup instanceof DomainError ? lookup : error;
    });
    if (!earlier) throw error;
    void reply.header('Idempotent-Replayed', 'true');
    return earlier.body;
  }
}

/** The request a key stands for: method, address and body. */
function fingerprintOf(request: FastifyRequest): string {
  return requestHash(`${request.method} ${request.url}`, request.body);
}
