import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { BriefingQueryDto } from './dto/briefing-query.dto';
import { CancelPlanDto } from './dto/cancel-plan.dto';
import { CompletePlanDto } from './dto/complete-plan.dto';
import { CreatePlanDto } from './dto/create-plan.dto';
import { DelegatePlanDto } from './dto/delegate-plan.dto';
import { PlanQueryDto } from './dto/plan-query.dto';
import { UpdatePlanDto } from './dto/update-plan.dto';
import { PlansService } from './plans.service';

/** 交往筹划 (§4.1): plan, look before planning, hand over, complete. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @CheckAbility('read', 'Interaction')
  list(@CurrentUser() user: Principal, @Query() filter: PlanQueryDto) {
    return this.plans.list(user, filter);
  }

  /** Every open plan and the latest records of a customer, from anyone (§4.1.2). */
  @Get('briefing')
  @CheckAbility('read', 'Interaction')
  briefing(@Query() query: BriefingQueryDto) {
    return this.plans.briefing(query.customerId);
  }

  @Post()
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreatePlanDto) {
    return this.plans.create(user, dto);
  }

  @Get(':id')
  @CheckAbility('read', 'Interaction')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.plans.read(user, id);
  }

  @Patch(':id')
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  update(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: UpdatePlanDto) {
    return this.plans.update(user, id, dto);
  }

  @Post(':id/delegate')
  @HttpCode(200)
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  delegate(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: DelegatePlanDto) {
    return this.plans.delegate(user, id, dto);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  complete(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: CompletePlanDto) {
    return this.plans.complete(user, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  cancel(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: CancelPlanDto) {
    return this.plans.cancel(user, id, dto);
  }
}
