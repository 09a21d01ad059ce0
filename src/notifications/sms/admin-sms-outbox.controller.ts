import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { SmsOutboxQueryDto } from './dto/sms-outbox-query.dto';
import { SmsOutboxAdminService } from './sms-outbox-admin.service';

/** The SMS outbox: what was queued, sent or failed, and sending a failed one again. */
@AdminController('sms-outbox')
export class AdminSmsOutboxController {
  constructor(private readonly outbox: SmsOutboxAdminService) {}

  @Get()
  @CheckAbility('read', 'SmsOutbox')
  list(@CurrentUser() user: Principal, @Query() filter: SmsOutboxQueryDto) {
    return this.outbox.list(user, filter);
  }

  @Get(':id')
  @CheckAbility('read', 'SmsOutbox')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.outbox.get(user, id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @CheckAbility('retry', 'SmsOutbox')
  @AuditedInService()
  retry(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.outbox.retry(user, id);
  }
}
