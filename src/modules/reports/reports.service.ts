import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { zoneTime } from '../../common/i18n/zone-time';
import { REPORTS_ZH_CN } from '../../common/i18n/catalogues/zh-cn/reports';
import type { ReportParametersDto } from './dto/report-parameters.dto';
import type { ReportQueryDto } from './dto/report-query.dto';
import type { ReportCatalogueItemView } from './report-catalogue-item.view';
import type { ReportDefinition } from './report-definition';
import type { ReportColumn } from './report-column';
import type { ReportDocument, ReportDocumentTable } from './report-document';
import { REPORT_FORMATS } from './report-format';
import type { ReportParameter, ReportParameters } from './report-parameter';
import type { ReportResult, ReportRow } from './report-result';
import { ReportLabelRegistry } from './report-label.registry';
import { assertReportPeriod } from './report-period';
import { ReportRegistry } from './report.registry';

/** A table's columns labelled in the reader's language. */
function shownTable(table: {
  columns: ReportColumn[];
  rows: ReportRow[];
  totals?: ReportRow;
}): ReportDocumentTable {
  return {
    columns: table.columns.map((column) => ({
      key: column.key,
      label: translate(column.label),
      kind: column.kind,
    })),
    rows: table.rows,
    totals: table.totals ?? null,
  };
}

/**
 * Runs the reports of the catalogue (ReportRegistry): checks who may run which, validates
 * the parameters against what the report takes, audits every run, and gives the figures in
 * the reader's language, from which the JSON, Excel and PDF renderings are all made.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportRegistry,
    private readonly labels: ReportLabelRegistry,
    private readonly audit: AuditService,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  /** The reports the user may run. */
  catalogue(principal: Principal): ReportCatalogueItemView[] {
    return this.reports
      .all()
      .filter((report) => this.may(principal, report))
      .map((report) => ({
        key: report.key,
        title: translate(msg(report.title)),
        parameters: [...report.parameters],
        required: [...report.required],
        formats: [...REPORT_FORMATS],
      }));
  }

  /**
   * Runs a report (audited) and answers its figures in the reader's language. `auditMeta` adds
   * to the audit row what the caller knows of the run (a generation's trigger and formats).
   */
  async run(
    principal: Principal,
    key: string,
    query: ReportQueryDto,
    auditMeta: Record<string, unknown> = {},
  ): Promise<ReportDocument> {
    const report = this.definition(key);
    if (!this.may(principal, report))
      throw DomainError.forbidden(
        msg('reports.forbidden', { title: msg(report.title) }),
        'REPORT_FORBIDDEN',
      );
    const parameters = this.parameters(report, query);
    const result = await report.run(principal, parameters);
    await this.audit.record({
      action: 'report.run',
      entityType: 'Report',
      entityId: report.key,
      meta: { format: query.format, ...parameters, ...auditMeta },
    });
    return this.document(report, await this.subtitle(parameters), result);
  }

  /**
   * The parameters as the report `key` takes them, checked as a run checks them (400 for a
   * report not in the catalogue, for a parameter it does not take, one missing, a bad
   * period), for callers that keep parameters to run later (report schedules).
   */
  checkedParameters(key: string, given: ReportParametersDto): ReportParameters {
    const report = this.reports.get(key);
    // A key in a body is input to correct, not an address that is missing.
    if (!report)
      throw DomainError.badRequest(
        msg('generatedReports.unknownReport', { key: key.slice(0, 48) }),
        [{ field: 'reportKey', messages: [msg('generatedReports.unknownReportRule')] }],
        'REPORT_UNKNOWN',
      );
    return this.parameters(report, given);
  }

  private definition(key: string): ReportDefinition {
    const report = this.reports.get(key);
    if (!report) throw DomainError.notFound(msg('entities.report'), key);
    return report;
  }

  private may(principal: Principal, report: ReportDefinition): boolean {
    const [action, subject] = report.ability;
    return principal.ability.can(action, subject);
  }

  /** The parameters the report takes, checked: none it does not take, none missing, a sane period. */
  private parameters(report: ReportDefinition, query: ReportParametersDto): ReportParameters {
    const given: ReportParameters = {
      from: query.from,
      to: query.to,
      courseId: query.courseId,
      classId: query.classId,
      customerId: query.customerId,
      category: query.category,
      top: query.top,
    };
    const names = (Object.keys(given) as ReportParameter[]).filter(
      (name) => given[name] !== undefined,
    );
    const unknown = names.filter((name) => !report.parameters.includes(name));
    if (unknown.length)
      throw DomainError.badRequest(
        msg('reports.unknownParameters', { names: unknown, title: msg(report.title) }),
        unknown.map((field) => ({ field, messages: [msg('reports.notTaken')] })),
        'REPORT_PARAMETER_UNKNOWN',
      );
    const missing = report.required.filter((name) => given[name] === undefined);
    if (missing.length)
      throw DomainError.badRequest(
        msg('reports.missingParameters', { names: missing }),
        missing.map((field) => ({ field, messages: [msg('reports.required')] })),
        'REPORT_PARAMETER_MISSING',
      );
    if (given.from && given.to) assertReportPeriod(given.from, given.to);
    return Object.fromEntries(names.map((name) => [name, given[name]])) as ReportParameters;
  }

  private document(
    report: ReportDefinition,
    subtitle: string,
    result: ReportResult,
  ): ReportDocument {
    const generated = zoneTime(this.clock.now(), this.calendar.timeZone);
    const zone = typeof generated.zone === 'string' ? generated.zone : translate(generated.zone);
    return {
      key: report.key,
      title: translate(msg(report.title)),
      subtitle,
      generatedAt: `${generated.at} ${zone}`,
      ...shownTable(result),
      charts: result.charts.map((chart) => ({
        kind: chart.kind,
        title: translate(chart.title),
        categories: chart.categories,
        series: chart.series.map((series) => ({
          name: translate(series.name),
          values: series.values,
        })),
        money: chart.money ?? false,
      })),
      facts: (result.facts ?? []).map((fact) => ({
        label: translate(fact.label),
        value: fact.value,
      })),
      sections: (result.sections ?? []).map((section) => ({
        title: translate(section.title),
        ...shownTable(section),
      })),
    };
  }

  /** The parameters as a line of text: 期间 2026-01-01 至 2026-12-31. */
  private async subtitle(parameters: ReportParameters): Promise<string> {
    const parts: string[] = [];
    if (parameters.from || parameters.to)
      parts.push(
        translate(
          msg('reports.period', { from: parameters.from ?? '…', to: parameters.to ?? '…' }),
        ),
      );
    if (parameters.courseId) {
      const names = await this.labels.labels('course', [parameters.courseId]);
      parts.push(translate(msg('reports.course', { name: names.get(parameters.courseId) ?? '' })));
    }
    if (parameters.classId) {
      const names = await this.labels.labels('class', [parameters.classId]);
      parts.push(translate(msg('reports.class', { name: names.get(parameters.classId) ?? '' })));
    }
    if (parameters.customerId) {
      const names = await this.labels.labels('customer', [parameters.customerId]);
      parts.push(
        translate(msg('reports.customer', { name: names.get(parameters.customerId) ?? '' })),
      );
    }
    if (parameters.category)
      parts.push(
        translate(
          msg('reports.category', {
            category: categoryWords(parameters.category),
          }),
        ),
      );
    if (parameters.top) parts.push(translate(msg('reports.top', { top: parameters.top })));
    return parts.length ? parts.join('；') : translate(msg('reports.allTime'));
  }
}

/** A customer category's name in the reader's language (the code itself if unknown). */
function categoryWords(code: string): string {
  const known = REPORTS_ZH_CN.reports.categories;
  return code in known ? translate(msg(`reports.categories.${code as keyof typeof known}`)) : code;
}
