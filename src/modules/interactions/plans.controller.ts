import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { AssigneeQueryDto } from './dto/assignee-query.dto';
import { BriefingQueryDto } from './dto/briefing-query.dto';
import { CancelPlanDto } from './dto/cancel-plan.dto';
import { CompletePlanDto } from './dto/complete-plan.dto';
import { CreatePlanDto } from './dto/create-plan.dto';
import { DelegatePlanDto } from './dto/delegate-plan.dto';
import { PlanQueryDto } from './dto/plan-query.dto';
import { UpdatePlanDto } from './dto/update-plan.dto';
import { PlansService } from './plans.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { PlanView } from './interaction-views';
import { PlanBriefingView } from './plan-briefing.view';
import { PlanCreatedView } from './plan-created.view';
import { PlanCompletedView } from './plan-completed.view';
import { PlanAssignees } from './plan-assignees';
import { StaffMemberView } from './staff-member.view';

/** 交往筹划 (§4.1): plan, look before planning, hand over, complete. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly assignees: PlanAssignees,
  ) {}

  @ApiDoc({
    summary: '交往筹划列表：自己的、转交给自己的，或（有监督权限时）所有人的（分页）',
    ok: PlanView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Interaction')
  list(@CurrentUser() user: Principal, @Query() filter: PlanQueryDto) {
    return this.plans.list(user, filter);
  }

  /** Every open plan and the latest records of a customer, from anyone (§4.1.2). */
  @ApiDoc({
    summary: '筹划前查看：客户所有未完成的筹划和最近的交往记录',
    ok: PlanBriefingView,
    errors: { 409: ['ERASED'] },
  })
  @Get('briefing')
  @CheckAbility('read', 'Interaction')
  briefing(@CurrentUser() user: Principal, @Query() query: BriefingQueryDto) {
    return this.plans.briefing(user, query.customerId);
  }

  /** Whom a plan may be given or handed to: the picker of those who plan and delegate. */
  @ApiDoc({
    summary: '可接手筹划的同事（在职、可做交往），按姓名搜索，最多 20 位',
    ok: [StaffMemberView],
  })
  @Get('assignees')
  @CheckAbility('create', 'Interaction')
  assigneeCandidates(@Query() query: AssigneeQueryDto) {
    return this.assignees.candidates(query.q);
  }

  @ApiDoc({
    summary: '新建交往筹划（下次联系客户的计划）',
    ok: PlanCreatedView,
    errors: { 409: ['ERASED'] },
  })
  @Post()
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreatePlanDto) {
    return this.plans.create(user, dto);
  }

  @ApiDoc({ summary: '交往筹划详情', ok: PlanView })
  @Get(':id')
  @CheckAbility('read', 'Interaction')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.plans.read(user, id);
  }

  @ApiDoc({
    summary: '修改交往筹划（内容、时间、短信提醒）',
    ok: PlanView,
    errors: { 403: ['NOT_YOUR_PLAN'], 409: ['PLAN_CLOSED'] },
  })
  @Patch(':id')
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  update(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdatePlanDto,
  ) {
    return this.plans.update(user, id, dto);
  }

  @ApiDoc({
    summary: '把筹划转交给同事去做',
    ok: PlanView,
    errors: { 403: ['NOT_YOUR_PLAN'], 409: ['PLAN_CLOSED'] },
  })
  @Post(':id/delegate')
  @HttpCode(200)
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  delegate(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: DelegatePlanDto,
  ) {
    return this.plans.delegate(user, id, dto);
  }

  @ApiDoc({
    summary: '完成筹划：写下交往记录，可同时安排下一次',
    ok: PlanCompletedView,
    errors: { 403: ['NOT_YOUR_PLAN'], 409: ['PLAN_CLOSED', 'ERASED'] },
  })
  @Post(':id/complete')
  @HttpCode(200)
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  complete(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: CompletePlanDto,
  ) {
    return this.plans.complete(user, id, dto);
  }

  @ApiDoc({
    summary: '取消筹划（需写明原因）',
    ok: PlanView,
    errors: { 403: ['NOT_YOUR_PLAN'], 409: ['PLAN_CLOSED'] },
  })
  @Post(':id/cancel')
  @HttpCode(200)
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  cancel(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: CancelPlanDto,
  ) {
    return this.plans.cancel(user, id, dto);
  }
}
