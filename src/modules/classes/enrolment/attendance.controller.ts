import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../access/current-user.decorator';
import { CheckAbility } from '../../../access/decorators';
import type { Principal } from '../../../access/principal';
import { AuditedInService } from '../../../audit/audit-write.decorator';
import { IdParamPipe } from '../../../common/http/id-param.pipe';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { AttendanceService } from './attendance.service';
import { AttendanceView } from './attendance.view';
import { AttendanceDto } from './dto/attendance.dto';
import { AttendanceQueryDto } from './dto/attendance-query.dto';

/** A class day's attendance (§4.2.5 考勤). */
@ApiTags('classes')
@ApiBearerAuth()
@Controller('classes')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @ApiDoc({ summary: '某个上课日的考勤', ok: [AttendanceView] })
  @Get(':id/attendance')
  @CheckAbility('read', 'Enrolment')
  day(@Param('id', IdParamPipe) id: number, @Query() query: AttendanceQueryDto) {
    return this.attendance.day(id, query.day);
  }

  @ApiDoc({
    summary: '记录某个上课日的考勤（出勤/缺勤/迟到，可批量）；连续两次缺勤提醒统筹',
    ok: [AttendanceView],
    errors: { 422: ['NOT_A_CLASS_DAY', 'NOT_ON_ROSTER'] },
  })
  @Put(':id/attendance')
  @CheckAbility('update', 'Enrolment')
  @AuditedInService()
  mark(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: AttendanceDto,
  ) {
    return this.attendance.mark(principal, id, dto);
  }
}
