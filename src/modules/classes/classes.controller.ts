import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { ClassDetailView } from './class-detail.view';
import { ClassView } from './class.view';
import { ClassGroupsDto } from './staff/dto/class-groups.dto';
import { ClassStaffDto } from './staff/dto/class-staff.dto';
import { ClassesService } from './classes.service';
import { ClassTeamService } from './staff/class-team.service';
import { ClassQueryDto } from './dto/class-query.dto';
import { ClassStatusDto } from './dto/class-status.dto';
import { CreateClassDto } from './dto/create-class.dto';
import { UpdateClassDto } from './dto/update-class.dto';

/** Classes (§9.2): formed and kept by coordinators and managers, seen by all staff. */
@ApiTags('classes')
@ApiBearerAuth()
@Controller('classes')
export class ClassesController {
  constructor(
    private readonly classes: ClassesService,
    private readonly team: ClassTeamService,
  ) {}

  @ApiDoc({
    summary: '班级列表（按课程、阶段、状态、时间段、会场地区筛选，分页）',
    ok: ClassView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Class')
  list(@Query() query: ClassQueryDto) {
    return this.classes.list(query);
  }

  @ApiDoc({ summary: '班级详情：含主教练、助教/教练和分组', ok: ClassDetailView })
  @Get(':id')
  @CheckAbility('read', 'Class')
  get(@Param('id', IdParamPipe) id: number) {
    return this.classes.get(id);
  }

  @ApiDoc({
    summary: '组建新班级（状态为筹备中）',
    ok: ClassView,
    errors: { 409: ['DUPLICATE_TERM'], 422: ['COURSE_RETIRED'] },
  })
  @Post()
  @CheckAbility('create', 'Class')
  @AuditedInService()
  create(@CurrentUser() principal: Principal, @Body() dto: CreateClassDto) {
    return this.classes.create(principal, dto);
  }

  @ApiDoc({
    summary: '修改班级信息（期数、日期、会场、人数、备注）',
    ok: ClassView,
    errors: { 409: ['DUPLICATE_TERM', 'STAFF_CLASH'], 422: ['CLASS_CLOSED'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'Class')
  @AuditedInService()
  update(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateClassDto,
  ) {
    return this.classes.update(principal, id, dto);
  }

  @ApiDoc({
    summary: '安排班级人员：主教练和助教/教练（时间冲突的须由管理人员填写理由强制安排）',
    ok: ClassDetailView,
    errors: { 409: ['STAFF_CLASH'], 422: ['CANNOT_SERVE', 'CLASS_CLOSED'] },
  })
  @Put(':id/staff')
  @CheckAbility('update', 'Class')
  @AuditedInService()
  replaceStaff(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: ClassStaffDto,
  ) {
    return this.team.replaceStaff(principal, id, dto);
  }

  @ApiDoc({
    summary: '设置班级分组及各组助教',
    ok: ClassDetailView,
    errors: { 422: ['NOT_AN_ASSISTANT', 'CLASS_CLOSED'] },
  })
  @Put(':id/groups')
  @CheckAbility('update', 'Class')
  @AuditedInService()
  replaceGroups(@Param('id', IdParamPipe) id: number, @Body() dto: ClassGroupsDto) {
    return this.team.replaceGroups(id, dto);
  }

  @ApiDoc({
    summary: '改变班级状态（筹备中 → 招生中 → 进行中 → 已结束，或取消）',
    ok: ClassView,
    errors: { 422: ['BAD_TRANSITION'] },
  })
  @Put(':id/status')
  @CheckAbility('update', 'Class')
  @AuditedInService()
  changeStatus(@Param('id', IdParamPipe) id: number, @Body() dto: ClassStatusDto) {
    return this.classes.changeStatus(id, dto);
  }
}
