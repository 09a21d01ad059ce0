import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { CountDimension } from '../reports/count-dimension';
import type { CountQuestion } from '../reports/count-question';
import type { CountSubject } from '../reports/count-subject';
import { CountSubjectRegistry } from '../reports/count-subject.registry';
import { monthOf } from '../reports/month-of';
import { ClassReportLabels } from './class.report-labels';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from './enrolment/enrolment-status';
import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';
import { TrainingClass } from './entities/training-class.entity';

/** The columns enrolments are grouped by (`course` through the class; `month`: enrolled). */
const COLUMNS = {
  owner: 'e.enrolledById',
  course: 'k.courseId',
  class: 'e.classId',
  status: 'e.status',
} as const;

/**
 * Enrolments for ad-hoc counts: by the coordinator who enrolled (`owner`), course, class,
 * status or month enrolled; filtered by class, course and status, within the reader's record
 * scope (a coordinator: the students they enrolled, as the enrolment reports).
 */
@Contributes(CountSubjectRegistry)
export class EnrolmentsCountSubject implements CountSubject {
  readonly subject = 'enrolments' as const;
  readonly ability = ['read', 'Enrolment'] as const;
  readonly dimensions = ['owner', 'course', 'class', 'status', 'month'] as const;
  readonly filters = ['classId', 'courseId', 'status'] as const;

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly classLabels: ClassReportLabels,
  ) {}

  query(principal: Principal, question: CountQuestion) {
    const filters = question.filters as { classId?: number; courseId?: number; status?: string };
    const query = this.enrolments
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'k', 'k.id = e.classId');
    RecordScope.of(principal).where(query, 'e', ENROLMENT_PEOPLE);
    if (filters.classId) query.andWhere('e.classId = :classId', { classId: filters.classId });
    if (filters.courseId) query.andWhere('k.courseId = :courseId', { courseId: filters.courseId });
    if (filters.status) query.andWhere('e.status = :status', { status: filters.status });
    if (question.period)
      query.andWhere('e.enrolledAt >= :start AND e.enrolledAt < :end', question.period);
    const expression = (dimension: CountDimension) =>
      dimension === 'month'
        ? monthOf(query, 'e.enrolledAt', question.months)
        : COLUMNS[dimension as keyof typeof COLUMNS];
    const asked = question.by2 ? [question.by, question.by2] : [question.by];
    return { query, expressions: asked.map(expression) };
  }

  async labels(dimension: CountDimension, values: string[]): Promise<Map<string, string>> {
    if (dimension === 'class') {
      const found = await this.classLabels.labels(values.map(Number));
      return new Map([...found].map(([id, label]) => [String(id), label]));
    }
    if (dimension === 'course') {
      const courses = await this.enrolments.manager.getRepository(Course).find({
        select: { id: true, name: true },
        where: { id: In(values.map(Number)) },
      });
      return new Map(courses.map((course) => [String(course.id), course.name]));
    }
    if (dimension === 'status')
      return new Map(
        ENROLMENT_STATUSES.filter((status) => values.includes(status)).map(
          (status: EnrolmentStatus) => [
            status,
            translate(msg(`reports.counts.enrolmentStatuses.${status}`)),
          ],
        ),
      );
    return new Map();
  }
}
