import { Body, Get, Put } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { FollowUpCyclesDto } from './dto/follow-up-cycles.dto';
import { FollowUpCyclesService } from './follow-up-cycles.service';

/** The follow-up cycles per customer level and status (seed 002), set by the admin. */
@AdminController('follow-up-cycles')
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
