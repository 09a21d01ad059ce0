import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { WorkQueryDto } from './dto/work-query.dto';
import { WorkService } from './work.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { WorkView } from './work.view';

/** Work results (§8.2): one's own, or anyone's for managers. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('work')
export class WorkController {
  constructor(private readonly work: WorkService) {}

  @ApiDoc({
    summary: '工作成果：一段时间内的交往记录和完成的筹划，按类型统计',
    ok: WorkView,
    // userId of a colleague the caller may not monitor, or of no one
    errors: { 404: [] },
  })
  @Get()
  @CheckAbility('read', 'Interaction')
  get(@CurrentUser() user: Principal, @Query() query: WorkQueryDto) {
    return this.work.work(user, query);
  }
}
