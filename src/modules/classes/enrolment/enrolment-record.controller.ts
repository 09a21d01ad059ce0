import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../access/current-user.decorator';
import { CheckAbility } from '../../../access/decorators';
import type { Principal } from '../../../access/principal';
import { AuditedInService } from '../../../audit/audit-write.decorator';
import { IdParamPipe } from '../../../common/http/id-param.pipe';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { DropoutDto } from './dto/dropout.dto';
import { GraduationDto } from './dto/graduation.dto';
import { MoveClassDto } from './dto/move-class.dto';
import { UpdateEnrolmentDto } from './dto/update-enrolment.dto';
import { EnrolmentRecordService } from './enrolment-record.service';
import { EnrolmentRecordView } from './enrolment-record.view';

const MOVES: { 409: string[]; 422: string[] } = {
  409: ['ALREADY_ENROLLED', 'CLASS_FULL'],
  422: ['BAD_TRANSITION', 'MOVE_NOT_ALLOWED', 'NOT_ENROLLING'],
};

/** A student's training record (§4.2.5 学员档案) and their way through the course. */
@ApiTags('classes')
@ApiBearerAuth()
@Controller('enrolments')
export class EnrolmentRecordController {
  constructor(private readonly records: EnrolmentRecordService) {}

  @ApiDoc({
    summary: '学员档案：分组、助教/教练、感召承诺、备注和上下车经历',
    ok: EnrolmentRecordView,
  })
  @Get(':id')
  @CheckAbility('read', 'Enrolment')
  get(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.records.get(principal, id);
  }

  @ApiDoc({
    summary: '修改学员档案（人员须在班级的人员安排中）',
    ok: EnrolmentRecordView,
    errors: { 422: ['NOT_ON_STAFF'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'Enrolment')
  @AuditedInService()
  update(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateEnrolmentDto,
  ) {
    return this.records.update(principal, id, dto);
  }

  @ApiDoc({
    summary: '下车：记录日期和原因，并为报名的统筹生成劝返筹划',
    ok: EnrolmentRecordView,
    errors: { 422: ['BAD_TRANSITION'] },
  })
  @Post(':id/dropout')
  @HttpCode(200)
  @CheckAbility('update', 'Enrolment')
  @AuditedInService()
  dropout(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: DropoutDto,
  ) {
    return this.records.dropout(principal, id, dto);
  }

  @ApiDoc({
    summary: '重新上车：回到原班级，或同一课程中较晚的班级',
    ok: EnrolmentRecordView,
    errors: MOVES,
  })
  @Post(':id/rejoin')
  @HttpCode(200)
  @CheckAbility('update', 'Enrolment')
  @AuditedInService()
  rejoin(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: MoveClassDto,
  ) {
    return this.records.rejoin(principal, id, dto);
  }

  @ApiDoc({
    summary: '换班：换到同一课程的另一个班级，学费随之转移，不退费',
    ok: EnrolmentRecordView,
    errors: MOVES,
  })
  @Post(':id/transfer')
  @HttpCode(200)
  @CheckAbility('update', 'Enrolment')
  @AuditedInService()
  transfer(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: MoveClassDto,
  ) {
    return this.records.transfer(principal, id, dto);
  }

  @ApiDoc({
    summary: '毕业：可以报名主线的下一阶段',
    ok: EnrolmentRecordView,
    errors: { 422: ['BAD_TRANSITION'] },
  })
  @Post(':id/graduate')
  @HttpCode(200)
  @CheckAbility('update', 'Enrolment')
  @AuditedInService()
  graduate(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: GraduationDto,
  ) {
    return this.records.graduate(principal, id, dto);
  }
}
