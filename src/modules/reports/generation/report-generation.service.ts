import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { LOGGER } from '../../../common/logging/logger.token';
import { RequestContext } from '../../../common/request-context';
import { shortErrorMessage } from '../../../common/errors/short-error-message';
import type { ReportParameters } from '../report-parameter';
import { ReportRegistry } from '../report.registry';
import { ReportsService } from '../reports.service';
import type { GenerateReportsDto } from './dto/generate-reports.dto';
import { canonicalParameters } from './canonical-parameters';
import { GeneratedReport } from './entities/generated-report.entity';
import { GENERATED_FORMATS } from './generated-format';
import { GeneratedReportWriter } from './generated-report-writer';
import type { GenerationResultView } from './generation-result.view';
import type { GenerationTrigger } from './generation-trigger';
import { GeneratedReportsNotice } from './generated-reports.notice';
import { RenderingSourceRegistry } from './rendering-source.registry';
import { ReportingPrincipal } from './reporting-principal';
import { toGeneratedReportView } from './to-generated-report-view';

/** One rendering to make: a report, its parameters, and why. */
export interface RenderingOrder {
  reportKey: string;
  parameters: ReportParameters;
  /** the source's fingerprint, or the schedule's due time, or the request's own */
  fingerprint: string;
  trigger: GenerationTrigger;
  /** whose rules the report runs under */
  principal: Principal;
  requestedById: number | null;
  scheduleId?: number | null;
}

/** What a run did, before it is shown. */
export interface GenerationOutcome {
  stored: GeneratedReport[];
  unchanged: number;
  failed: number;
}

/**
 * Renders reports to PDF and Excel files kept in the file store, with their parameters, who or
 * what asked, size and checksum (§8, issue 14): the nightly sources (what changed since its
 * last rendering), admins' schedules and managers' requests. A rendering is kept once: the
 * jobs run under a lease on one replica, and the unique key of generated_report settles a
 * race past it (the loser deletes the file it stored). Managers get one inbox notice a run.
 */
@Injectable()
export class ReportGenerationService {
  constructor(
    @InjectRepository(GeneratedReport) private readonly rows: Repository<GeneratedReport>,
    private readonly reports: ReportsService,
    private readonly catalogue: ReportRegistry,
    private readonly sources: RenderingSourceRegistry,
    private readonly reporting: ReportingPrincipal,
    private readonly writer: GeneratedReportWriter,
    private readonly notice: GeneratedReportsNotice,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** `POST /api/reports/generated`: the report asked for, or the nightly renderings, now. */
  generate(asker: Principal, dto: GenerateReportsDto): Promise<GenerationOutcome> {
    if (dto.reportKey === undefined) {
      if (dto.parameters !== undefined)
        throw DomainError.badRequest(
          msg('generatedReports.parametersWithoutReport'),
          [{ field: 'reportKey', messages: [msg('reports.required')] }],
          'PARAMETERS_WITHOUT_REPORT',
        );
      return this.renderSources('request', asker);
    }
    const parameters = this.reports.checkedParameters(dto.reportKey, dto.parameters ?? {});
    return this.renderRequested(asker, dto.reportKey, parameters);
  }

  /**
   * The nightly renderings: each source's list, less those rendered before with the same
   * fingerprint. Always run as the reporting principal, by the job or a manager's request
   * (who is recorded as the asker): they are the nightly files, made earlier, the same
   * whoever asked, so the job finds them kept.
   */
  async renderSources(trigger: GenerationTrigger, asker?: Principal): Promise<GenerationOutcome> {
    const outcome: GenerationOutcome = { stored: [], unchanged: 0, failed: 0 };
    for (const source of this.sources.all()) {
      // A source may name a report this build does not have yet: nothing to render for it.
      if (!this.catalogue.get(source.key)) {
        this.logger.warn({ reportKey: source.key }, 'rendering source of an unknown report');
        continue;
      }
      let renderings;
      try {
        renderings = await source.renderings();
      } catch (error) {
        this.failed(source.key, {}, error);
        outcome.failed += 1;
        continue;
      }
      for (const rendering of renderings)
        this.add(
          outcome,
          await this.render({
            reportKey: source.key,
            parameters: rendering.parameters,
            fingerprint: rendering.fingerprint,
            trigger,
            principal: this.reporting.get(),
            requestedById: asker?.id ?? null,
          }),
        );
    }
    await this.finish(trigger, outcome);
    return outcome;
  }

  /** One report rendered now, as asked by a manager: a new pair of files every time. */
  async renderRequested(
    asker: Principal,
    reportKey: string,
    parameters: ReportParameters,
  ): Promise<GenerationOutcome> {
    const outcome: GenerationOutcome = { stored: [], unchanged: 0, failed: 0 };
    const made = await this.render(
      {
        reportKey,
        parameters,
        fingerprint: `request:${asker.id}:${randomUUID()}`,
        trigger: 'request',
        principal: asker,
        requestedById: asker.id,
      },
      // The asker hears why at once (a report they may not run, a class gone).
      true,
    );
    this.add(outcome, made);
    await this.finish('request', outcome);
    return outcome;
  }

  /** Renders a schedule's report; the job sends one notice for all schedules of its run. */
  renderScheduled(
    scheduleId: number,
    reportKey: string,
    parameters: ReportParameters,
    due: Date,
  ): Promise<GeneratedReport[] | 'unchanged' | 'failed'> {
    return this.render({
      reportKey,
      parameters,
      // Two replicas rendering the same due time make the same rendering: kept once.
      fingerprint: `schedule:${scheduleId}:${due.toISOString()}`,
      trigger: 'schedule',
      principal: this.reporting.get(),
      requestedById: null,
      scheduleId,
    });
  }

  /** The notice and the audit row of a run that stored or tried something. */
  async finish(trigger: GenerationTrigger, outcome: GenerationOutcome): Promise<void> {
    if (outcome.stored.length) await this.notice.send(trigger, outcome.stored);
    await this.audit.record({
      action: 'report.generate',
      entityType: 'GeneratedReport',
      entityId: outcome.stored[0]?.id,
      meta: {
        trigger,
        stored: outcome.stored.map((row) => row.id),
        unchanged: outcome.unchanged,
        failed: outcome.failed,
      },
    });
  }

  view(outcome: GenerationOutcome): GenerationResultView {
    return {
      stored: outcome.stored.map(toGeneratedReportView),
      unchanged: outcome.unchanged,
      failed: outcome.failed,
    };
  }

  private add(outcome: GenerationOutcome, made: GeneratedReport[] | 'unchanged' | 'failed') {
    if (made === 'unchanged') outcome.unchanged += 1;
    else if (made === 'failed') outcome.failed += 1;
    else outcome.stored.push(...made);
  }

  /**
   * Renders the formats not yet kept for this rendering, stores each file and its row. A
   * failure is counted and logged, never stops the rest of a run, unless `rethrow`.
   */
  private async render(
    order: RenderingOrder,
    rethrow = false,
  ): Promise<GeneratedReport[] | 'unchanged' | 'failed'> {
    const parameters = canonicalParameters(order.parameters);
    const fingerprint = createHash('sha256').update(order.fingerprint).digest('hex');
    const kept = await this.rows.find({
      select: { format: true },
      where: { reportKey: order.reportKey, parameters, fingerprint, format: In(GENERATED_FORMATS) },
    });
    const missing = GENERATED_FORMATS.filter((f) => !kept.some((row) => row.format === f));
    if (!missing.length) return 'unchanged';
    try {
      // Kept files are read by every manager: written in the default language (Chinese),
      // whatever the asker's browser prefers.
      const document = await this.inDefaultLanguage(() =>
        this.reports.run(
          order.principal,
          order.reportKey,
          { ...order.parameters, format: 'pdf' },
          { format: missing.join('+'), trigger: order.trigger, generated: true },
        ),
      );
      const key = {
        reportKey: order.reportKey,
        parameters,
        fingerprint,
        trigger: order.trigger,
        requestedById: order.requestedById,
        scheduleId: order.scheduleId ?? null,
      };
      const stored: GeneratedReport[] = [];
      for (const format of missing) {
        const row = await this.writer.write(key, format, document);
        if (row) stored.push(row);
      }
      return stored.length ? stored : 'unchanged';
    } catch (error) {
      if (rethrow) throw error;
      this.failed(order.reportKey, order.parameters, error);
      return 'failed';
    }
  }

  private inDefaultLanguage<T>(work: () => Promise<T>): Promise<T> {
    const current = RequestContext.current();
    if (!current?.locale) return work();
    return RequestContext.run({ ...current, locale: undefined }, work);
  }

  private failed(reportKey: string, parameters: ReportParameters, error: unknown): void {
    this.logger.warn(
      { reportKey, parameters, failure: { message: shortErrorMessage(error) } },
      'report rendering failed',
    );
  }
}
