import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service';
import { Clock } from '../../../common/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { readPage } from '../../../common/pagination/apply-page';
import type { Page } from '../../../common/pagination/page';
import { FileStore } from '../../../files/file-store';
import type { OpenFile } from '../../../files/stored-file';
import type { GeneratedReportQueryDto } from './dto/generated-report-query.dto';
import { GeneratedReport } from './entities/generated-report.entity';
import type { GeneratedReportView } from './generated-report.view';
import { toGeneratedReportView } from './to-generated-report-view';

/**
 * The report files kept (managers only: GeneratedReport:read): the list, newest first, and
 * the download, audited. A file past its retention is gone for its readers at once (the
 * file store sweeps it later); its row stays as the record of what was rendered, so the
 * nightly generation does not render an unchanged class again, but the list no longer shows it.
 */
@Injectable()
export class GeneratedReportsService {
  constructor(
    @InjectRepository(GeneratedReport) private readonly rows: Repository<GeneratedReport>,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: GeneratedReportQueryDto): Promise<Page<GeneratedReportView>> {
    const builder = this.rows
      .createQueryBuilder('g')
      .where('g.retainUntil > :now', { now: this.clock.now() });
    if (query.reportKey) builder.andWhere('g.reportKey = :key', { key: query.reportKey });
    return readPage(
      builder,
      query,
      { createdAt: 'g.createdAt', id: 'g.id' },
      '-createdAt,-id',
      toGeneratedReportView,
    );
  }

  /** The file, streamed from the store (checked against its size and SHA-256); audited. */
  async download(id: number): Promise<{ row: GeneratedReport; file: OpenFile }> {
    const row = await this.rows.findOneBy({ id });
    if (!row || row.retainUntil.getTime() <= this.clock.now().getTime())
      throw DomainError.notFound(msg('generatedReports.entities.file'), id);
    const file = await this.files.get(row.fileId);
    if (!file) throw DomainError.notFound(msg('generatedReports.entities.file'), id);
    const opened = await this.files.stream(row.fileId);
    await this.audit.record({
      action: 'report.download',
      entityType: 'GeneratedReport',
      entityId: row.id,
      meta: { reportKey: row.reportKey, format: row.format, parameters: row.parameters },
    });
    return { row, file: opened };
  }
}
