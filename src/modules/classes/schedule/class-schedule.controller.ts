import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { JSON_TEXT } from '../calendar-answers';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../access/current-user.decorator';
import { CheckAbility, Public } from '../../../access/decorators';
import type { Principal } from '../../../access/principal';
import { AuditedInService } from '../../../audit/audit-write.decorator';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { ClassScheduleService } from './class-schedule.service';
import { ScheduleEntryView } from './schedule-entry.view';
import { ScheduleFeedQueryDto } from './schedule-feed-query.dto';
import { ScheduleFeedService } from './schedule-feed.service';
import { ScheduleFeedView } from './schedule-feed.view';
import { ScheduleQueryDto } from './schedule-query.dto';

const ICALENDAR = 'text/calendar';

/** The course calendar (§6, §1.2 b): for the bulletin board, and as a phone calendar feed. */
@ApiTags('classes')
@ApiBearerAuth()
@Controller('classes')
export class ClassScheduleController {
  constructor(
    private readonly schedule: ClassScheduleService,
    private readonly feeds: ScheduleFeedService,
  ) {}

  @ApiDoc({
    summary: '课程表：某时段内的班级（课程、日期、会场、主教练、人数）',
    ok: [ScheduleEntryView],
  })
  @Get('schedule')
  @CheckAbility('read', 'Class')
  @Header('Content-Type', JSON_TEXT)
  list(@Query() query: ScheduleQueryDto) {
    return this.schedule.period(query.from, query.to);
  }

  @ApiDoc({
    summary: '生成（或更换）自己的课程表日历订阅地址；旧地址随即失效',
    ok: ScheduleFeedView,
  })
  @Post('schedule/feed')
  @CheckAbility('read', 'Class')
  @AuditedInService()
  issue(@CurrentUser() principal: Principal) {
    return this.feeds.issue(principal);
  }

  @ApiDoc({ summary: '停用自己的课程表日历订阅地址' })
  @Delete('schedule/feed')
  @HttpCode(204)
  @CheckAbility('read', 'Class')
  @AuditedInService()
  async revoke(@CurrentUser() principal: Principal): Promise<void> {
    await this.feeds.revoke(principal);
  }

  /**
   * The calendar feed a phone subscribes to: opened by the secret in its address (calendar
   * apps send no sign-in), not by a bearer token.
   */
  @ApiDoc({
    summary: '课程表日历订阅（iCalendar；凭订阅地址中的 token 访问）',
    file: ICALENDAR,
    errors: { 401: ['FEED_TOKEN_INVALID'] },
  })
  @Get('schedule.ics')
  @Public()
  @ApiProduces(ICALENDAR)
  async feed(@Query() query: ScheduleFeedQueryDto) {
    return new StreamableFile(Buffer.from(await this.feeds.feed(query.token), 'utf8'), {
      type: `${ICALENDAR}; charset=utf-8`,
      disposition: 'inline; filename="schedule.ics"',
    });
  }
}
