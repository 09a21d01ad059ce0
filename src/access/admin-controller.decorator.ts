import { applyDecorators, Controller, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

export const ADMIN_CONTROLLER = 'crm:admin-controller';

/**
 * The one way to declare admin routes: `@AdminController('care/templates')` serves
 * `/api/admin/care/templates`, tagged `admin: care` in the OpenAPI document (one group per
 * area, so a generated client gets one admin service per area) and signed in by bearer token.
 *
 * The controller stays in the module that owns the data (care templates in `care/`, accounts
 * in `users/`), so no module reaches into another's tables for its admin pages; the class is
 * named `Admin…Controller` in `admin-….controller.ts`. Every handler declares its own
 * `@CheckAbility(action, subject)`: reading and changing need different permissions, and the
 * route walk (test/platform/access-matrix.e2e-spec.ts) fails on an admin route that is not
 * guarded by an ability or not declared this way.
 */
export function AdminController(path: string): ClassDecorator {
  return applyDecorators(
    Controller(`admin/${path}`),
    ApiTags(`admin: ${path.split('/')[0]}`),
    ApiBearerAuth(),
    SetMetadata(ADMIN_CONTROLLER, true),
  );
}
