import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/decorators';
import { Clock } from '../common/clock';

/** Liveness and readiness: 200 when the database answers, 503 when it does not. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  async check(@Res({ passthrough: true }) response: Response) {
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
    const ok = database === 'up';
    response.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'unavailable',
      time: this.clock.now().toISOString(),
      checks: { database: { status: database, latencyMs: Date.now() - started } },
    };
  }
}
