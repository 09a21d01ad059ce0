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

/** The scheduled jobs: what they are, how their runs went, and running one now. */
@AdminController('jobs')
export class AdminJobsController {
  constructor(
    private readonly monitor: JobMonitor,
    private readonly runner: JobRunner,
  ) {}

  @Get()
  @CheckAbility('read', 'Job')
  list() {
    return this.monitor.overview();
  }

  @Get(':name/runs')
  @CheckAbility('read', 'Job')
  runs(@Param() params: JobNameParamDto, @Query() page: PageQueryDto) {
    return this.monitor.history(params.name, page);
  }

  @Post(':name/run')
  @HttpCode(200)
  @CheckAbility('run', 'Job')
  @AuditWrite('job.run', 'Job', 'name')
  run(@CurrentUser() user: Principal, @Param() params: JobNameParamDto) {
    return this.runner.run(params.name, 'manual', user.id);
  }
}
