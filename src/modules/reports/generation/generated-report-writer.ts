import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BusinessCalendar } from '../../../common/calendar/business-calendar';
import { Clock } from '../../../common/clock';
import { AppConfig } from '../../../config/app-config';
import { isUniqueViolation } from '../../../database/unique-violation';
import { FileStore } from '../../../files/file-store';
import { reportPdf } from '../render/report-pdf';
import { reportXlsx } from '../render/report-xlsx';
import type { ReportDocument } from '../report-document';
import { GeneratedReport } from './entities/generated-report.entity';
import type { GeneratedFormat } from './generated-format';
import type { GenerationTrigger } from './generation-trigger';

/** The file store's kind for report files. */
export const GENERATED_REPORT_FILE = 'generated-report';
const DAY_MS = 86_400_000;
/** Characters a file name may not hold on the systems people save it to. */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Which rendering a file is, as its row records it. */
export interface GeneratedFileKey {
  reportKey: string;
  /** canonical JSON */
  parameters: string;
  /** hex SHA-256 */
  fingerprint: string;
  trigger: GenerationTrigger;
  requestedById: number | null;
  scheduleId: number | null;
}

/**
 * Writes one rendered report file: the bytes to the file store (kept the configured days),
 * then its row. The row's unique key settles two replicas storing the same rendering: the
 * one that comes second deletes the file it stored.
 */
@Injectable()
export class GeneratedReportWriter {
  constructor(
    @InjectRepository(GeneratedReport) private readonly rows: Repository<GeneratedReport>,
    private readonly files: FileStore,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The stored row; null when another replica kept the same rendering first. */
  async write(
    key: GeneratedFileKey,
    format: GeneratedFormat,
    document: ReportDocument,
  ): Promise<GeneratedReport | null> {
    const now = this.clock.now();
    const retainUntil = new Date(
      now.getTime() + this.config.reports.generatedRetentionDays * DAY_MS,
    );
    const name = this.fileName(document, format);
    const bytes = format === 'pdf' ? await reportPdf(document) : await reportXlsx(document);
    const file = await this.files.put({
      kind: GENERATED_REPORT_FILE,
      ownerId: key.requestedById,
      name,
      bytes,
      retainUntil,
    });
    const row = this.rows.create({
      ...key,
      format,
      fileId: file.id,
      name,
      size: file.size,
      sha256: file.sha256,
      retainUntil,
      // The same clock as the retention's, so a file is kept exactly the days configured.
      createdAt: now,
    });
    try {
      await this.rows.insert(row);
    } catch (error) {
      await this.files.delete(file.id);
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    return this.rows.findOneByOrFail({ id: row.id });
  }

  /** 一阶段报告（班级 TR1第3期）2026-12-04.pdf */
  private fileName(document: ReportDocument, format: GeneratedFormat): string {
    const day = this.calendar.today().date;
    const base = `${document.title}（${document.subtitle}）${day}`
      .replace(NOT_IN_FILE_NAMES, '_')
      .slice(0, 180);
    return `${base}.${format}`;
  }
}
