import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { Rendering, RenderingSource } from '../reports/generation/rendering-source';
import { RenderingSourceRegistry } from '../reports/generation/rendering-source.registry';
import type { ClassStatus } from './class-status';
import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';
import { TrainingClass } from './entities/training-class.entity';

/** Classes whose stage-one report is worth a file: under way or over (cancelled ones are not). */
const RENDERED_STATUSES: readonly ClassStatus[] = ['running', 'finished'];

/** An instant as the database gives it (text on SQLite, a Date elsewhere), as one text. */
function instantText(value: unknown): string {
  if (value === null || value === undefined) return '-';
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * The nightly stage-one reports (§8.11): every TR1 class running or finished, fingerprinted by
 * its own state (status, version, last change) and its enrolments' (how many, the latest
 * change: an enrolment, a dropout, a return, a move), aggregated in one query. The generation
 * renders a class again only when that fingerprint moved since its last rendering.
 */
@Contributes(RenderingSourceRegistry)
export class StageOneRenderingSource implements RenderingSource {
  readonly key = 'stage-one';

  constructor(
    @InjectRepository(TrainingClass) private readonly classes: Repository<TrainingClass>,
  ) {}

  async renderings(): Promise<Rendering[]> {
    const rows = await this.classes
      .createQueryBuilder('k')
      .innerJoin(Course, 'c', 'c.id = k.courseId')
      .leftJoin(Enrolment, 'e', 'e.classId = k.id')
      .select('k.id', 'classId')
      .addSelect('k.status', 'status')
      .addSelect('k.version', 'version')
      .addSelect('k.updatedAt', 'updatedAt')
      .addSelect('COUNT(e.id)', 'enrolments')
      .addSelect('MAX(e.updatedAt)', 'enrolmentsUpdatedAt')
      .where('c.stage = :stage', { stage: 1 })
      .andWhere('k.status IN (:...statuses)', { statuses: RENDERED_STATUSES })
      .groupBy('k.id')
      .addGroupBy('k.status')
      .addGroupBy('k.version')
      .addGroupBy('k.updatedAt')
      .orderBy('k.id', 'ASC')
      .getRawMany<{
        classId: number;
        status: string;
        version: number;
        updatedAt: unknown;
        enrolments: number | string;
        enrolmentsUpdatedAt: unknown;
      }>();
    return rows.map((row) => ({
      parameters: { classId: Number(row.classId) },
      fingerprint: [
        row.status,
        Number(row.version),
        instantText(row.updatedAt),
        Number(row.enrolments),
        instantText(row.enrolmentsUpdatedAt),
      ].join('|'),
    }));
  }
}
