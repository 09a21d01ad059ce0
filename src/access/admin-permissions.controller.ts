import { Get } from '@nestjs/common';
import { AdminController } from './admin-controller.decorator';
import { CheckAbility } from './decorators';
import { PERMISSION_CATALOGUE } from './permission-catalogue';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { PermissionView } from './permission.view';

/** The catalogue of grantable permissions, for the per-user grants and denials. */
@AdminController('permissions')
export class AdminPermissionsController {
  @ApiDoc({ summary: '权限目录：可单独授予或收回的权限', ok: [PermissionView] })
  @Get()
  @CheckAbility('read', 'RolePolicy')
  list() {
    return Object.entries(PERMISSION_CATALOGUE).map(([key, permission]) => ({
      key,
      ...permission,
    }));
  }
}
