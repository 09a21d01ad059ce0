import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, Observable, switchMap } from 'rxjs';
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
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      switchMap((result: unknown) =>
        from(
          this.audit
            .record({
              action: spec.action,
              entityType: spec.entityType,
              entityId: this.entityId(request, spec.idParam, result),
              meta: { method: request.method, path: request.path },
            })
            .then(() => result),
        ),
      ),
    );
  }

  private entityId(request: Request, idParam: string | undefined, result: unknown) {
    const fromParams = idParam ? request.params?.[idParam] : undefined;
    if (typeof fromParams === 'string') return fromParams;
    const id = (result as { id?: unknown } | null)?.id;
    return typeof id === 'number' || typeof id === 'string' ? id : undefined;
  }
}
