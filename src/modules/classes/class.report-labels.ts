import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportLabelSource } from '../reports/report-label-source';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import { TrainingClass } from './entities/training-class.entity';

/** Ids per query: SQL Server takes at most 2,100 parameters in one statement. */
const CHUNK = 1000;

/** How reports name a class: its course and term (TR1 第12期). */
@Contributes(ReportLabelRegistry)
export class ClassReportLabels implements ReportLabelSource {
  readonly kind = 'class' as const;

  constructor(
    @InjectRepository(TrainingClass) private readonly classes: Repository<TrainingClass>,
  ) {}

  async labels(ids: readonly number[]): Promise<Map<number, string>> {
    const labels = new Map<number, string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await this.classes.find({
        select: { id: true, term: true, course: { id: true, name: true } },
        where: { id: In(ids.slice(i, i + CHUNK)) },
        relations: { course: true },
      });
      for (const row of found)
        labels.set(
          row.id,
          translate(msg('reports.classLabel', { course: row.course?.name ?? '', term: row.term })),
        );
    }
    return labels;
  }
}
