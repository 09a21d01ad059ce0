import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { SmsOutboxQueryDto } from './dto/sms-outbox-query.dto';
import { SmsOutboxAdminService } from './sms-outbox-admin.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { SmsMessageView } from './sms-message-view';

/** The SMS outbox: what was queued, sent or failed, and sending a failed one again. */
@AdminController('sms-outbox')
export class AdminSmsOutboxController {
  constructor(private readonly outbox: SmsOutboxAdminService) {}

  @ApiDoc({ summary: '短信发件箱（分页）：排队、已发、失败的短信', ok: SmsMessageView, page: true })
  @Get()
  @CheckAbility('read', 'SmsOutbox')
  list(@CurrentUser() user: Principal, @Query() filter: SmsOutboxQueryDto) {
    return this.outbox.list(user, filter);
  }

  @ApiDoc({ summary: '一条短信的详情', ok: SmsMessageView })
  @Get(':id')
  @CheckAbility('read', 'SmsOutbox')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.outbox.get(user, id);
  }

  @ApiDoc({
    summary: '重发一条失败的短信',
    ok: SmsMessageView,
    errors: { 409: ['BAD_STATUS', 'ERASED', 'STALE'], 422: ['SMS_INVALID'] },
  })
  @Post(':id/retry')
  @HttpCode(200)
  @CheckAbility('retry', 'SmsOutbox')
  @AuditedInService()
  retry(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.outbox.retry(user, id);
  }
}
