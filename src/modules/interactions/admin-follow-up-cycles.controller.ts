import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { FollowUpCyclesDto } from './dto/follow-up-cycles.dto';
import { FollowUpCyclesService } from './follow-up-cycles.service';

/** The follow-up cycles per customer level and status (seed 002), set by the admin. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/follow-up-cycles')
export class AdminFollowUpCyclesController {
  constructor(private readonly cycles: FollowUpCyclesService) {}

  @Get()
  @CheckAbility('read', 'FollowUpCycle')
  list() {
    return this.cycles.list();
  }

  @Put()
  @CheckAbility('update', 'FollowUpCycle')
  @AuditedInService()
  replace(@Body() dto: FollowUpCyclesDto) {
    return this.cycles.replace(dto);
  }
}
