import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CoachUnavailabilityService } from './coach-unavailability.service';
import { CoachView } from './coach.view';
import { CoachesService } from './coaches.service';
import { CoachQueryDto } from './dto/coach-query.dto';
import { CreateCoachDto } from './dto/create-coach.dto';
import { CreateUnavailabilityDto } from './dto/create-unavailability.dto';
import { UpdateCoachDto } from './dto/update-coach.dto';
import { CoachUnavailabilityView } from './coach-unavailability.view';

/** Coaches and assistants (§5) and the periods they cannot serve. */
@ApiTags('coaches')
@ApiBearerAuth()
@Controller('coaches')
export class CoachesController {
  constructor(
    private readonly coaches: CoachesService,
    private readonly unavailability: CoachUnavailabilityService,
  ) {}

  @ApiDoc({
    summary: '助教/教练列表（按类别、级别、可带课程筛选，分页）',
    ok: CoachView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Coach')
  list(@Query() query: CoachQueryDto) {
    return this.coaches.list(query);
  }

  @ApiDoc({ summary: '助教/教练详情', ok: CoachView })
  @Get(':id')
  @CheckAbility('read', 'Coach')
  get(@Param('id', IdParamPipe) id: number) {
    return this.coaches.get(id);
  }

  @ApiDoc({
    summary: '登记助教/教练（内部的关联往期学员的客户档案，外部的填姓名和电话）',
    ok: CoachView,
    errors: { 409: ['DUPLICATE_COACH', 'ERASED'] },
  })
  @Post()
  @CheckAbility('create', 'Coach')
  @AuditedInService()
  create(@Body() dto: CreateCoachDto) {
    return this.coaches.create(dto);
  }

  @ApiDoc({
    summary: '修改助教/教练（类别、级别、可带课程、备注、启用）',
    ok: CoachView,
    errors: { 422: ['FROM_CUSTOMER_RECORD'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'Coach')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateCoachDto) {
    return this.coaches.update(id, dto);
  }

  @ApiDoc({ summary: '助教/教练的不可安排时段（最近的在前）', ok: [CoachUnavailabilityView] })
  @Get(':id/unavailability')
  @CheckAbility('read', 'Coach')
  listUnavailability(@Param('id', IdParamPipe) id: number) {
    return this.unavailability.list(id);
  }

  @ApiDoc({ summary: '登记不可安排时段', ok: CoachUnavailabilityView })
  @Post(':id/unavailability')
  @CheckAbility('update', 'Coach')
  @AuditedInService()
  addUnavailability(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: CreateUnavailabilityDto,
  ) {
    return this.unavailability.add(principal, id, dto);
  }

  @ApiDoc({ summary: '删除不可安排时段' })
  @Delete(':id/unavailability/:periodId')
  @HttpCode(204)
  @CheckAbility('update', 'Coach')
  @AuditedInService()
  async removeUnavailability(
    @Param('id', IdParamPipe) id: number,
    @Param('periodId', IdParamPipe) periodId: number,
  ): Promise<void> {
    await this.unavailability.remove(id, periodId);
  }
}
