import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService, AuditWrite } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { JSON_TEXT } from '../classes/calendar-answers';
import { ScheduleEntryView } from '../classes/schedule/schedule-entry.view';
import { BulletinCalendarService } from './bulletin-calendar.service';
import { CalendarQueryDto } from './dto/calendar-query.dto';
import { CreateNoticeDto } from './dto/create-notice.dto';
import { NoticePageQueryDto } from './dto/notice-page-query.dto';
import { NoticeQueryDto } from './dto/notice-query.dto';
import { UpdateNoticeDto } from './dto/update-notice.dto';
import { NoticeBoardService } from './notice-board.service';
import { NoticeReadsService } from './notice-reads.service';
import { NoticeSummaryView } from './notice-summary.view';
import { NoticeView } from './notice.view';
import { NoticesService } from './notices.service';
import { UnreadStaffView } from './unread-staff.view';

/** The bulletin board (§6, 公示板): notices for the staff, read receipts, the course calendar. */
@ApiTags('bulletin')
@ApiBearerAuth()
@Controller('bulletin')
export class BulletinController {
  constructor(
    private readonly board: NoticeBoardService,
    private readonly notices: NoticesService,
    private readonly reads: NoticeReadsService,
    private readonly calendar: BulletinCalendarService,
  ) {}

  @ApiDoc({
    summary: '公告栏：当前对本人角色可见的公告（置顶在前，新的在前，分页）',
    ok: NoticeSummaryView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Bulletin')
  list(@CurrentUser() principal: Principal, @Query() query: NoticeQueryDto) {
    return this.board.board(principal, query);
  }

  @ApiDoc({
    summary: '公告栏的课程表：今天起若干周内的班级（课程、日期、会场、状态）',
    ok: [ScheduleEntryView],
    errors: { 403: ['CLASSES_NOT_ALLOWED'] },
  })
  @Get('calendar')
  @CheckAbility('read', 'Bulletin')
  @Header('Content-Type', JSON_TEXT)
  calendarWeeks(@CurrentUser() principal: Principal, @Query() query: CalendarQueryDto) {
    return this.calendar.comingWeeks(principal, query.weeks);
  }

  @ApiDoc({
    summary: '本人可修改的公告（自己发布的；管理人员为全部），含未到期和已过期的，新的在前',
    ok: NoticeSummaryView,
    page: true,
  })
  @Get('managed')
  @CheckAbility('create', 'Bulletin')
  managed(@CurrentUser() principal: Principal, @Query() query: NoticePageQueryDto) {
    return this.board.managed(principal, query);
  }

  @ApiDoc({ summary: '公告详情（正文为净化后的 Markdown 和安全的 HTML）', ok: NoticeView })
  @Get(':id')
  @CheckAbility('read', 'Bulletin')
  get(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.board.get(principal, id);
  }

  @ApiDoc({
    summary: '发布公告（可附资料库中的资料）',
    ok: NoticeView,
    errors: { 422: ['ATTACHMENT_UNAVAILABLE'] },
  })
  @Post()
  @CheckAbility('create', 'Bulletin')
  @AuditedInService()
  create(@CurrentUser() principal: Principal, @Body() dto: CreateNoticeDto) {
    return this.notices.create(principal, dto);
  }

  @ApiDoc({
    summary: '修改公告（发布人或管理人员）',
    ok: NoticeView,
    errors: { 403: ['NOTICE_NOT_YOURS'], 422: ['ATTACHMENT_UNAVAILABLE'] },
  })
  @Patch(':id')
  @CheckAbility('create', 'Bulletin')
  @AuditedInService()
  update(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateNoticeDto,
  ) {
    return this.notices.update(principal, id, dto);
  }

  @ApiDoc({
    summary: '撤下公告（发布人或管理人员；保留记录）',
    errors: { 403: ['NOTICE_NOT_YOURS'] },
  })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('create', 'Bulletin')
  @AuditedInService()
  async withdraw(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
  ): Promise<void> {
    await this.notices.withdraw(principal, id);
  }

  @ApiDoc({ summary: '标记公告为已读（重复标记只计一次）' })
  @Post(':id/read')
  @HttpCode(204)
  @CheckAbility('read', 'Bulletin')
  @AuditWrite('bulletin.read', 'BulletinNotice')
  async markRead(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
  ): Promise<void> {
    await this.reads.markRead(principal, id);
  }

  @ApiDoc({
    summary: '尚未阅读该公告的人员（发布人或管理人员可看，分页）',
    ok: UnreadStaffView,
    page: true,
    errors: { 403: ['NOTICE_NOT_YOURS'] },
  })
  @Get(':id/unread-by')
  @CheckAbility('create', 'Bulletin')
  unreadBy(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Query() query: NoticePageQueryDto,
  ) {
    return this.reads.unreadBy(principal, id, query);
  }
}
