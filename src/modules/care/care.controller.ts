import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../../access/decorators';
import { CareUpcomingService } from './care-upcoming.service';
import { UpcomingQueryDto } from './dto/upcoming-query.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { UpcomingCareView } from './upcoming-care.view';

/** Customer care (§4.2.6): the greetings queued for today and the days ahead. */
@ApiTags('care')
@ApiBearerAuth()
@Controller('care')
export class CareController {
  constructor(private readonly upcoming: CareUpcomingService) {}

  /** Queued greetings from today on, with the customer (phone masked), the occasion and the text. */
  @ApiDoc({
    summary: '待发送的关怀短信：从今天起的客户（手机号已打码）、场合和内容（分页）',
    ok: UpcomingCareView,
    page: true,
  })
  @Get('upcoming')
  @CheckAbility('read', 'Care')
  list(@Query() filter: UpcomingQueryDto) {
    return this.upcoming.list(filter);
  }
}
