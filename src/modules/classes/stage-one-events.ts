import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import type { RecordScope } from '../../access/record-scope';
import { sqlLiteralList } from '../../database/sql-literal-list';
import { EnrolmentEvent } from './entities/enrolment-event.entity';
import type { EnrolmentEventKind } from './enrolment/enrolment-event-kind';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';

/** The steps a stage-one report lists: dropouts, re-joins, moves and graduations. */
const LISTED: readonly EnrolmentEventKind[] = ['dropped', 'rejoined', 'transferred', 'graduated'];

/** A step of a student's way through the class, with whose it is. */
export type StageOneEvent = Pick<
  EnrolmentEvent,
  'kind' | 'classId' | 'fromClassId' | 'onDate' | 'reasonCode' | 'notes' | 'createdAt'
> & { customerId: number };

/**
 * What happened in and out of one class, in order: its dropouts, re-joins (into it, or from
 * it into a later class), moves in and out, graduations; of the enrolments in `scope`.
 */
@Injectable()
export class StageOneEvents {
  constructor(
    @InjectRepository(EnrolmentEvent) private readonly events: Repository<EnrolmentEvent>,
  ) {}

  async of(scope: RecordScope, classId: number): Promise<StageOneEvent[]> {
    const query = this.events
      .createQueryBuilder('ev')
      .innerJoinAndSelect('ev.enrolment', 'e')
      .where(`ev.kind IN (${sqlLiteralList(LISTED)})`)
      .andWhere(
        new Brackets((either) =>
          either.where('ev.classId = :classId').orWhere('ev.fromClassId = :classId'),
        ),
      )
      .setParameter('classId', classId)
      .orderBy('ev.id', 'ASC');
    scope.where(query, 'e', ENROLMENT_PEOPLE);
    const rows = await query.getMany();
    return rows.map((row) => ({
      kind: row.kind,
      classId: row.classId,
      fromClassId: row.fromClassId,
      onDate: row.onDate,
      reasonCode: row.reasonCode,
      notes: row.notes,
      createdAt: row.createdAt,
      customerId: row.enrolment?.customerId ?? 0,
    }));
  }
}
