import { Get, Query } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CheckAbility } from '../access/decorators';
import { AuditQueryService } from './audit-query.service';
import { AuditQueryDto } from './dto/audit-query.dto';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { AuditLog } from './entities/audit-log.entity';

/** The audit history (§8.3), read-only, for managers. */
@AdminController('audit-logs')
export class AdminAuditLogsController {
  constructor(private readonly query: AuditQueryService) {}

  @ApiDoc({ summary: '审计日志（分页）：按人、操作、记录类型和时间筛选', ok: AuditLog, page: true })
  @Get()
  @CheckAbility('read', 'AuditLog')
  list(@Query() filter: AuditQueryDto) {
    return this.query.search(filter);
  }
}
