import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../access/decorators';
import { Clock } from '../common/clock';
import { JobMonitor } from '../jobs/job-monitor.service';

type JobsCheck = { status: 'ok' | 'overdue'; overdue: string[] } | { status: 'unknown'; overdue: string[] };

/**
 * Liveness and readiness: 503 when the database does not answer. Overdue jobs make the
 * status `degraded` but keep 200: the instance still serves requests, and a load balancer
 * must not take it out for a job that one replica failed to run.
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
  async check(@Res({ passthrough: true }) response: FastifyReply) {
    const started = Date.now();
    let database: 'up' | 'down' = 'down';
    try {
      if (this.dataSource.isInitialized) {
        await this.dataSource.query('SELECT 1');
        database = 'up';
      }
    } catch {
      database = 'down';
    }
    const latencyMs = Date.now() - started;
    const jobs = database === 'up' ? await this.jobsCheck() : ({ status: 'unknown', overdue: [] } as JobsCheck);
    const ok = database === 'up';
    void response.status(ok ? 200 : 503);
    return {
      status: !ok ? 'unavailable' : jobs.status === 'ok' ? 'ok' : 'degraded',
      time: this.clock.now().toISOString(),
      checks: { database: { status: database, latencyMs }, jobs },
    };
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
