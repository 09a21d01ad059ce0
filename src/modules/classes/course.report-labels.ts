import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportLabelSource } from '../reports/report-label-source';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import { Course } from './entities/course.entity';

/** Ids per query: SQL Server takes at most 2,100 parameters in one statement. */
const CHUNK = 1000;

/** How reports name a course: its name (TR1 体验课), as a report's subtitle says it. */
@Contributes(ReportLabelRegistry)
export class CourseReportLabels implements ReportLabelSource {
  readonly kind = 'course' as const;

  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  async labels(ids: readonly number[]): Promise<Map<number, string>> {
    const labels = new Map<number, string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await this.courses.find({
        select: { id: true, name: true },
        where: { id: In(ids.slice(i, i + CHUNK)) },
      });
      for (const row of found) labels.set(row.id, row.name);
    }
    return labels;
  }
}
