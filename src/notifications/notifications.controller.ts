import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { SignedIn } from '../access/decorators';
import type { Principal } from '../access/principal';
import { AuditWrite } from '../audit/audit-write.decorator';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { NotificationQueryDto } from './dto/notification-query.dto';
import { NotificationResponseDto } from './dto/notification-response.dto';
import { NotificationsService } from './notifications.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { NotificationInboxDto } from './dto/notification-inbox.dto';
import { ReadAllResultDto } from './dto/read-all-result.dto';

/** The signed-in user's own inbox. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiDoc({ summary: '我的通知（分页），附未读总数', ok: NotificationInboxDto })
  @Get()
  @SignedIn()
  list(@CurrentUser() user: Principal, @Query() filter: NotificationQueryDto) {
    return this.notifications.inbox(user.id, filter);
  }

  @ApiDoc({ summary: '全部标为已读', ok: ReadAllResultDto })
  @Post('read-all')
  @HttpCode(200)
  @SignedIn()
  @AuditWrite('notification.readAll', 'Notification')
  readAll(@CurrentUser() user: Principal) {
    return this.notifications.markAllRead(user.id);
  }

  @ApiDoc({ summary: '把一条通知标为已读', ok: NotificationResponseDto })
  @Post(':id/read')
  @HttpCode(200)
  @SignedIn()
  @AuditWrite('notification.read', 'Notification')
  read(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
  ): Promise<NotificationResponseDto> {
    return this.notifications.markRead(user.id, id);
  }
}
