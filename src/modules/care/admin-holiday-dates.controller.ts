import { Body, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CreateHolidayDateDto } from './dto/create-holiday-date.dto';
import { HolidayDateQueryDto } from './dto/holiday-date-query.dto';
import { HolidayDatesService } from './holiday-dates.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { HolidayDate } from './entities/holiday-date.entity';
import { HolidayYearListView } from './holiday-year.view';

/** The dates of holidays without a built-in rule, and a year's dates that replace a rule. */
@AdminController('care/holiday-dates')
export class AdminHolidayDatesController {
  constructor(private readonly dates: HolidayDatesService) {}

  /** The dates entered for a year, and every holiday of the dictionary with its dates that year. */
  @ApiDoc({
    summary: '某一年的节日日期：已录入的日期，以及字典中每个节日当年的日期',
    ok: HolidayYearListView,
  })
  @Get()
  @CheckAbility('update', 'CareTemplate')
  list(@Query() query: HolidayDateQueryDto) {
    return this.dates.year(query.year);
  }

  @ApiDoc({
    summary: '录入某个节日某一年的日期',
    ok: HolidayDate,
    errors: { 409: ['DUPLICATE_HOLIDAY_DATE'] },
  })
  @Post()
  @CheckAbility('update', 'CareTemplate')
  @AuditedInService()
  add(@Body() dto: CreateHolidayDateDto) {
    return this.dates.add(dto);
  }

  @ApiDoc({ summary: '删除录入的节日日期' })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('update', 'CareTemplate')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    await this.dates.remove(id);
  }
}
