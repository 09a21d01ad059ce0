import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CurrentUser } from '../access/current-user.decorator';
import { CheckAbility } from '../access/decorators';
import type { Principal } from '../access/principal';
import { AuditWrite } from '../audit/audit-write.decorator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { JobNameParamDto } from './dto/job-name-param.dto';
import { JobMonitor } from './job-monitor.service';
import { JobRunner } from './job-runner';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { JobOverview } from './job-overview.view';
import { JobRunView } from './job-run-view';

/** The scheduled jobs: what they are, how their runs went, and running one now. */
@AdminController('jobs')
export class AdminJobsController {
  constructor(
    private readonly monitor: JobMonitor,
    private readonly runner: JobRunner,
  ) {}

  @ApiDoc({ summary: '定时任务列表：计划、上次运行、是否逾期、租约', ok: [JobOverview] })
  @Get()
  @CheckAbility('read', 'Job')
  list() {
    return this.monitor.overview();
  }

  @ApiDoc({ summary: '某个任务的运行记录（分页）', ok: JobRunView, page: true })
  @Get(':name/runs')
  @CheckAbility('read', 'Job')
  runs(@Param() params: JobNameParamDto, @Query() page: PageQueryDto) {
    return this.monitor.history(params.name, page);
  }

  @ApiDoc({ summary: '立即运行一个任务（手动触发，记入审计）', ok: JobRunView })
  @Post(':name/run')
  @HttpCode(200)
  @CheckAbility('run', 'Job')
  @AuditWrite('job.run', 'Job', 'name')
  run(@CurrentUser() user: Principal, @Param() params: JobNameParamDto) {
    return this.runner.run(params.name, 'manual', user.id);
  }
}
