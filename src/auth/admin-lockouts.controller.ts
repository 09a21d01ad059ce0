import { HttpCode, Param, Post } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CheckAbility } from '../access/decorators';
import { AuditedInService } from '../audit/audit-write.decorator';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { AuthService } from './auth.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { UnlockedView } from './unlocked.view';

/** Lifting an account's sign-in lockout (failed passwords), beside the accounts' admin routes. */
@AdminController('users')
export class AdminLockoutsController {
  constructor(private readonly auth: AuthService) {}

  @ApiDoc({ summary: '解除账号的登录锁定（多次输错密码后）', ok: UnlockedView })
  @Post(':id/unlock')
  @HttpCode(200)
  @CheckAbility('unlock', 'User')
  @AuditedInService()
  unlock(@Param('id', IdParamPipe) id: number) {
    return this.auth.unlock(id);
  }
}
