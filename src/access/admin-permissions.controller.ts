import { Get } from '@nestjs/common';
import { AdminController } from './admin-controller.decorator';
import { CheckAbility } from './decorators';
import { PERMISSION_CATALOGUE } from './permission-catalogue';

/** The catalogue of grantable permissions, for the per-user grants and denials. */
@AdminController('permissions')
export class AdminPermissionsController {
  @Get()
  @CheckAbility('read', 'RolePolicy')
  list() {
    return Object.entries(PERMISSION_CATALOGUE).map(([key, permission]) => ({ key, ...permission }));
  }
}
