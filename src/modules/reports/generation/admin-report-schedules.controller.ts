import { Body, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { AdminController } from '../../../access/admin-controller.decorator';
import { CurrentUser } from '../../../access/current-user.decorator';
import { CheckAbility } from '../../../access/decorators';
import type { Principal } from '../../../access/principal';
import { AuditedInService } from '../../../audit/audit-write.decorator';
import { IdParamPipe } from '../../../common/http/id-param.pipe';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { CreateReportScheduleDto } from './dto/create-report-schedule.dto';
import { UpdateReportScheduleDto } from './dto/update-report-schedule.dto';
import { ReportScheduleView } from './report-schedule.view';
import { ReportSchedulesService } from './report-schedules.service';

const PARAMETER_ERRORS = [
  'REPORT_UNKNOWN',
  'REPORT_PARAMETER_UNKNOWN',
  'REPORT_PARAMETER_MISSING',
  'REPORT_PARAMETER_INVALID',
  'PERIOD_REVERSED',
  'PERIOD_TOO_LONG',
];

/** The schedules that render reports to files (issue 14), kept by admins and managers. */
@AdminController('report-schedules')
export class AdminReportSchedulesController {
  constructor(private readonly schedules: ReportSchedulesService) {}

  @ApiDoc({ summary: '报表计划列表（含下次运行时间）', ok: [ReportScheduleView] })
  @Get()
  @CheckAbility('update', 'ReportSchedule')
  list() {
    return this.schedules.list();
  }

  @ApiDoc({
    summary: '新增报表计划：报表、参数和 cron（五段，最多每小时一次，业务时区）',
    ok: ReportScheduleView,
    errors: { 400: [...PARAMETER_ERRORS, 'SCHEDULE_CRON_INVALID', 'SCHEDULE_TOO_OFTEN'] },
  })
  @Post()
  @CheckAbility('update', 'ReportSchedule')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreateReportScheduleDto) {
    return this.schedules.create(user, dto);
  }

  @ApiDoc({
    summary: '修改报表计划（参数、cron、启用）',
    ok: ReportScheduleView,
    errors: { 400: [...PARAMETER_ERRORS, 'SCHEDULE_CRON_INVALID', 'SCHEDULE_TOO_OFTEN'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'ReportSchedule')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateReportScheduleDto) {
    return this.schedules.update(id, dto);
  }

  @ApiDoc({ summary: '删除报表计划（已生成的文件保留）' })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('update', 'ReportSchedule')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number) {
    await this.schedules.remove(id);
  }
}
