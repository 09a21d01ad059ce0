import { Get, Query } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CheckAbility } from '../access/decorators';
import { AuditQueryService } from './audit-query.service';
import { AuditQueryDto } from './dto/audit-query.dto';

/** The audit history (§8.3), read-only, for managers. */
@AdminController('audit-logs')
export class AdminAuditLogsController {
  constructor(private readonly query: AuditQueryService) {}

  @Get()
  @CheckAbility('read', 'AuditLog')
  list(@Query() filter: AuditQueryDto) {
    return this.query.search(filter);
  }
}
