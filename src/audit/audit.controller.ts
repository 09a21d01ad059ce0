import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../access/decorators';
import { AuditQueryService } from './audit-query.service';
import { AuditQueryDto } from './dto/audit-query.dto';

/** The audit history (§8.3), read-only, for managers. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('admin/audit-logs')
export class AuditController {
  constructor(private readonly query: AuditQueryService) {}

  @Get()
  @CheckAbility('read', 'AuditLog')
  list(@Query() filter: AuditQueryDto) {
    return this.query.search(filter);
  }
}
