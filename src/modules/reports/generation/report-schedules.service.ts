import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { Clock } from '../../../common/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { AppConfig } from '../../../config/app-config';
import { findOrFail } from '../../../database/find-or-fail';
import { updateAtVersion } from '../../../database/update-at-version';
import type { ReportParametersDto } from '../dto/report-parameters.dto';
import { ReportsService } from '../reports.service';
import { canonicalParameters } from './canonical-parameters';
import type { CreateReportScheduleDto } from './dto/create-report-schedule.dto';
import type { UpdateReportScheduleDto } from './dto/update-report-schedule.dto';
import { ReportSchedule } from './entities/report-schedule.entity';
import type { ReportScheduleView } from './report-schedule.view';
import { nextDue, SCHEDULE_MIN_INTERVAL_MINUTES, scheduleCronProblem } from './schedule-cron';

/** The fields of a schedule the audit history shows before and after a change. */
function auditable(schedule: ReportSchedule) {
  const { reportKey, parameters, cron, enabled } = schedule;
  return { reportKey, parameters, cron, enabled };
}

/**
 * The schedules admins and managers define for reports (issue 14): a report of the
 * catalogue, parameters it takes (checked as a run checks them) and a cron at most hourly.
 */
@Injectable()
export class ReportSchedulesService {
  constructor(
    @InjectRepository(ReportSchedule) private readonly schedules: Repository<ReportSchedule>,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ReportScheduleView[]> {
    const rows = await this.schedules.find({ order: { id: 'ASC' } });
    return rows.map((row) => this.view(row));
  }

  async create(principal: Principal, dto: CreateReportScheduleDto): Promise<ReportScheduleView> {
    const parameters = this.parameters(dto.reportKey, dto.parameters);
    this.assertCron(dto.cron);
    return this.schedules.manager.transaction(async (m) => {
      const row = m.create(ReportSchedule, {
        reportKey: dto.reportKey,
        parameters,
        cron: dto.cron,
        enabled: dto.enabled ?? true,
        createdById: principal.id,
        lastRunAt: null,
      });
      await m.save(row);
      await this.audit.record(
        {
          action: 'reportSchedule.create',
          entityType: 'ReportSchedule',
          entityId: row.id,
          after: auditable(row),
        },
        m,
      );
      return this.view(row);
    });
  }

  async update(id: number, dto: UpdateReportScheduleDto): Promise<ReportScheduleView> {
    if (dto.parameters === undefined && dto.cron === undefined && dto.enabled === undefined)
      throw DomainError.badRequest(
        msg('generatedReports.nothingToChange'),
        undefined,
        'VALIDATION_FAILED',
      );
    return this.schedules.manager.transaction(async (m) => {
      const row = await findOrFail(
        m,
        ReportSchedule,
        id,
        msg('generatedReports.entities.schedule'),
      );
      const before = auditable(row);
      const changes: Partial<ReportSchedule> = {};
      if (dto.parameters !== undefined)
        changes.parameters = this.parameters(row.reportKey, dto.parameters);
      if (dto.cron !== undefined) {
        this.assertCron(dto.cron);
        changes.cron = dto.cron;
        // A new time counts from now: what the old one would have rendered meanwhile is not due.
        changes.lastRunAt = this.clock.now();
      }
      if (dto.enabled !== undefined) changes.enabled = dto.enabled;
      await updateAtVersion(
        m,
        ReportSchedule,
        { id, version: dto.version },
        changes,
        msg('generatedReports.entities.schedule'),
      );
      const after = await m.findOneByOrFail(ReportSchedule, { id });
      await this.audit.record(
        {
          action: 'reportSchedule.update',
          entityType: 'ReportSchedule',
          entityId: id,
          before,
          after: auditable(after),
        },
        m,
      );
      return this.view(after);
    });
  }

  async remove(id: number): Promise<void> {
    await this.schedules.manager.transaction(async (m) => {
      const row = await findOrFail(
        m,
        ReportSchedule,
        id,
        msg('generatedReports.entities.schedule'),
      );
      await m.delete(ReportSchedule, { id });
      await this.audit.record(
        {
          action: 'reportSchedule.delete',
          entityType: 'ReportSchedule',
          entityId: id,
          before: auditable(row),
        },
        m,
      );
    });
  }

  private parameters(reportKey: string, given: ReportParametersDto | undefined): string {
    return canonicalParameters(this.reports.checkedParameters(reportKey, given ?? {}));
  }

  private assertCron(cron: string): void {
    const problem = scheduleCronProblem(cron, this.config.business.timeZone);
    if (!problem) return;
    const text =
      problem === 'invalid'
        ? msg('generatedReports.cronInvalid', { cron: cron.slice(0, 64) })
        : msg('generatedReports.cronTooOften', { minutes: SCHEDULE_MIN_INTERVAL_MINUTES });
    throw DomainError.badRequest(
      text,
      [{ field: 'cron', messages: [msg('generatedReports.cronRule')] }],
      problem === 'invalid' ? 'SCHEDULE_CRON_INVALID' : 'SCHEDULE_TOO_OFTEN',
    );
  }

  private view(row: ReportSchedule): ReportScheduleView {
    return {
      id: row.id,
      reportKey: row.reportKey,
      parameters: JSON.parse(row.parameters) as ReportScheduleView['parameters'],
      cron: row.cron,
      enabled: row.enabled,
      createdById: row.createdById,
      lastRunAt: row.lastRunAt,
      nextRunAt: row.enabled
        ? nextDue(row.cron, this.config.business.timeZone, row.lastRunAt ?? row.createdAt)
        : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  }
}
