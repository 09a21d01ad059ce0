import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import type { ReportParameters } from '../report-parameter';
import { ReportSchedule } from './entities/report-schedule.entity';
import { ReportGenerationService, type GenerationOutcome } from './report-generation.service';
import { nextDue } from './schedule-cron';

/**
 * Renders the schedules that fell due since their last rendering (from their creation before
 * the first): once each, however many times they fell due while nothing ran, and counts
 * from that due time on.
 */
@Injectable()
export class DueReportSchedules {
  constructor(
    @InjectRepository(ReportSchedule) private readonly schedules: Repository<ReportSchedule>,
    private readonly generation: ReportGenerationService,
    private readonly config: AppConfig,
  ) {}

  async render(now: Date): Promise<Record<string, number>> {
    const timeZone = this.config.business.timeZone;
    const outcome: GenerationOutcome = { stored: [], unchanged: 0, failed: 0 };
    let due = 0;
    for (const schedule of await this.schedules.find({ where: { enabled: true } })) {
      const first = nextDue(schedule.cron, timeZone, schedule.lastRunAt ?? schedule.createdAt);
      if (!first || first > now) continue;
      // The latest due time not after now: a schedule missed many times renders once.
      let at: Date = first;
      for (let next = nextDue(schedule.cron, timeZone, at); next && next <= now;) {
        at = next;
        next = nextDue(schedule.cron, timeZone, at);
      }
      due += 1;
      const made = await this.generation.renderScheduled(
        schedule.id,
        schedule.reportKey,
        JSON.parse(schedule.parameters) as ReportParameters,
        at,
      );
      if (made === 'unchanged') outcome.unchanged += 1;
      else if (made === 'failed') outcome.failed += 1;
      else outcome.stored.push(...made);
      await this.schedules.update({ id: schedule.id }, { lastRunAt: at });
    }
    if (due) await this.generation.finish('schedule', outcome);
    return {
      due,
      stored: outcome.stored.length,
      unchanged: outcome.unchanged,
      failed: outcome.failed,
    };
  }
}
