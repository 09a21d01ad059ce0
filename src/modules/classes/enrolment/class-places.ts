import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import type { ClassStatus } from '../class-status';
import { ClassRows } from '../class-rows';
import { TrainingClass } from '../entities/training-class.entity';

/**
 * A class's places: taken by one guarded statement, so two colleagues enrolling for the last
 * place cannot both get it, and given back when a student leaves.
 */
@Injectable()
export class ClassPlaces {
  constructor(private readonly rows: ClassRows) {}

  /**
   * Takes a place in a class whose status is one of `open`; refuses (422 NOT_ENROLLING)
   * another status and (409 CLASS_FULL) a full class.
   */
  async take(m: EntityManager, classId: number, open: readonly ClassStatus[]): Promise<void> {
    const taken = await m
      .createQueryBuilder()
      .update(TrainingClass)
      .set({ enrolledCount: () => 'enrolled_count + 1' })
      .where('id = :id', { id: classId })
      .andWhere('status IN (:...open)', { open })
      .andWhere('(capacity IS NULL OR enrolled_count < capacity)')
      .updateEntity(false)
      .execute();
    if (taken.affected === 1) return;
    const now = await this.rows.find(m, classId);
    if (!open.includes(now.status)) throw this.notEnrolling(now);
    throw DomainError.conflict(
      msg('enrolment.full', {
        course: now.course?.name ?? '',
        term: now.term,
        capacity: now.capacity ?? 0,
      }),
      'CLASS_FULL',
    );
  }

  /** The refusal of a class that takes no students in its status (422 NOT_ENROLLING). */
  notEnrolling(trainingClass: TrainingClass): DomainError {
    return DomainError.unprocessable(
      msg('enrolment.notEnrolling', {
        course: trainingClass.course?.name ?? '',
        term: trainingClass.term,
        status: msg(`classes.status.${trainingClass.status}`),
      }),
      undefined,
      'NOT_ENROLLING',
    );
  }

  async release(m: EntityManager, classId: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(TrainingClass)
      .set({ enrolledCount: () => 'enrolled_count - 1' })
      .where('id = :id', { id: classId })
      .andWhere('enrolled_count > 0')
      .updateEntity(false)
      .execute();
  }
}
