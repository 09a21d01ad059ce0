import { Body, Get, Put } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { FollowUpCyclesDto } from './dto/follow-up-cycles.dto';
import { FollowUpCyclesService } from './follow-up-cycles.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { FollowUpCycle } from './entities/follow-up-cycle.entity';

/** The follow-up cycles per customer level and status (seed 002), set by the admin. */
@AdminController('follow-up-cycles')
export class AdminFollowUpCyclesController {
  constructor(private readonly cycles: FollowUpCyclesService) {}

  @ApiDoc({ summary: '跟进周期：各类客户多久没联系就自动生成筹划', ok: [FollowUpCycle] })
  @Get()
  @CheckAbility('read', 'FollowUpCycle')
  list() {
    return this.cycles.list();
  }

  @ApiDoc({ summary: '整体替换跟进周期设置', ok: [FollowUpCycle] })
  @Put()
  @CheckAbility('update', 'FollowUpCycle')
  @AuditedInService()
  replace(@Body() dto: FollowUpCyclesDto) {
    return this.cycles.replace(dto);
  }
}
