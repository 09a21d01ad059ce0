import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { requestPath } from '../common/http/request-path';
import { AUDIT_WRITE, AuditWriteSpec } from './audit-write.decorator';
import { AuditService } from './audit.service';

/** Writes the audit row of a route marked @AuditWrite once its handler has succeeded. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<AuditWriteSpec | undefined>(AUDIT_WRITE, context.getHandler());
    if (spec?.by !== 'interceptor') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return next.handle().pipe(
      switchMap((result: unknown) =>
        from(
          this.audit
            .record({
              action: spec.action,
              entityType: spec.entityType,
              entityId: this.entityId(request, spec.idParam, result),
              meta: { method: request.method, path: requestPath(request) },
            })
            .then(() => result),
        ),
      ),
    );
  }

  private entityId(request: FastifyRequest, idParam: string | undefined, result: unknown) {
    const fromParams = idParam
      ? (request.params as Record<string, string> | undefined)?.[idParam]
      : undefined;
    if (typeof fromParams === 'string') return fromParams;
    const id = (result as { id?: unknown } | null)?.id;
    return typeof id === 'number' || typeof id === 'string' ? id : undefined;
  }
}
