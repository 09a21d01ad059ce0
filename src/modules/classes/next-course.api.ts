import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MAIN_LINE_STAGES, type MainLineStage } from './course-kind';
import { ENTERED_CLASS } from './enrolment/enrolment-status';
import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';
import { TrainingClass } from './entities/training-class.entity';

/**
 * Why a course is a customer's next one: they never entered the main line (`first_course`,
 * TR1), they are in or graduated from the stage before (`next_stage`), or they dropped out of
 * their furthest stage and are to come back to it (`rejoin`, 上车).
 */
export type NextCourseReason = 'first_course' | 'next_stage' | 'rejoin';

export interface NextCourse {
  course: Pick<Course, 'id' | 'code' | 'name' | 'stage'>;
  reason: NextCourseReason;
}

/**
 * The classes feature's answer to "which course does this customer take next", for other
 * modules (the briefing's suggested scripts). The main line (TR1 → TR2 → TA) is the
 * company's path (§9.1), so the answer follows it, from the customer's furthest stage:
 * none entered → TR1; enrolled in or graduated from stage n → stage n + 1 (none after TA);
 * only dropped out of stage n → stage n again. A refunded enrolment did not enter the class
 * and counts for nothing.
 */
@Injectable()
export class NextCourseApi {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  async forCustomer(customerId: number): Promise<NextCourse | null> {
    // One row per stage and status (nine at most): the customer's enrolments are not read.
    const rows = await this.courses.manager
      .createQueryBuilder()
      .select('c.stage', 'stage')
      .addSelect('e.status', 'status')
      .from(Enrolment, 'e')
      .innerJoin(TrainingClass, 'k', 'k.id = e.classId')
      .innerJoin(Course, 'c', 'c.id = k.courseId')
      .where('e.customerId = :customerId', { customerId })
      .andWhere('c.stage IS NOT NULL')
      .andWhere('e.status IN (:...entered)', { entered: ENTERED_CLASS })
      .groupBy('c.stage')
      .addGroupBy('e.status')
      .getRawMany<{ stage: number | string; status: string }>();
    const furthest = Math.max(0, ...rows.map((row) => Number(row.stage)));
    let stage = 1;
    let reason: NextCourseReason = 'first_course';
    if (furthest > 0) {
      const onlyDropped = rows
        .filter((row) => Number(row.stage) === furthest)
        .every((row) => row.status === 'dropped');
      stage = onlyDropped ? furthest : furthest + 1;
      reason = onlyDropped ? 'rejoin' : 'next_stage';
    }
    if (!(MAIN_LINE_STAGES as readonly number[]).includes(stage)) return null;
    const course = await this.courses.findOne({
      select: { id: true, code: true, name: true, stage: true },
      where: { kind: 'main', stage: stage as MainLineStage },
    });
    return course ? { course, reason } : null;
  }
}
