import { Controller, Get, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../access/decorators';
import { Clock } from '../common/clock';
import { isDatabaseBusy } from '../database/resilience/create-data-source';
import { DatabaseUnavailableError } from '../database/resilience/database-unavailable.error';
import { JobMonitor } from '../jobs/job-monitor.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { HealthReportView } from './health-report.view';

/** Longest wait for the database's answer: health must answer at once, whatever the database does. */
const PROBE_TIMEOUT_MS = 1000;

type DatabaseStatus = 'up' | 'busy' | 'down';

type JobsCheck =
  { status: 'ok' | 'overdue'; overdue: string[] } | { status: 'unknown'; overdue: string[] };

/**
 * Liveness and readiness: 503 when the database does not answer. A busy database (a lock held
 * by another process, or an answer slower than a second) and overdue jobs make the status
 * `degraded` but keep 200: the instance still serves what it can, and a load balancer must not
 * take it out for a passing lock or a job that one replica failed to run.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobMonitor,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @ApiDoc({ summary: '健康检查：数据库和定时任务的状态（负载均衡探测用）', ok: HealthReportView })
  @ApiResponse({ status: 200, description: '可以服务（ok 或 degraded）' })
  // Unavailable is this report too, not the error envelope: a probe reads one shape.
  @ApiResponse({ status: 503, description: '数据库无法访问', type: HealthReportView })
  async check(@Res({ passthrough: true }) response: FastifyReply): Promise<HealthReportView> {
    const started = Date.now();
    const database = await this.databaseCheck();
    const latencyMs = Date.now() - started;
    const jobs =
      database === 'up'
        ? await this.jobsCheck()
        : ({ status: 'unknown', overdue: [] } as JobsCheck);
    const ok = database !== 'down';
    void response.status(ok ? 200 : 503);
    return {
      status: !ok ? 'unavailable' : database === 'up' && jobs.status === 'ok' ? 'ok' : 'degraded',
      time: this.clock.now().toISOString(),
      checks: { database: { status: database, latencyMs }, jobs },
    };
  }

  private async databaseCheck(): Promise<DatabaseStatus> {
    if (!this.dataSource.isInitialized) return 'down';
    if (isDatabaseBusy(this.dataSource)) return 'busy';
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<DatabaseStatus>(
      (resolve) => (timer = setTimeout(() => resolve('busy'), PROBE_TIMEOUT_MS)),
    );
    const probe = this.dataSource.query('SELECT 1').then(
      (): DatabaseStatus => 'up',
      (error: unknown): DatabaseStatus =>
        error instanceof DatabaseUnavailableError && error.reason === 'busy' ? 'busy' : 'down',
    );
    try {
      return await Promise.race([probe, slow]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async jobsCheck(): Promise<JobsCheck> {
    try {
      const overdue = await this.jobs.overdue();
      return { status: overdue.length ? 'overdue' : 'ok', overdue };
    } catch {
      return { status: 'unknown', overdue: [] };
    }
  }
}
