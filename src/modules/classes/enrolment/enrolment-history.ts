import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnrolmentEvent } from '../entities/enrolment-event.entity';
import type { Enrolment } from '../entities/enrolment.entity';
import type { EnrolmentEventKind } from './enrolment-event-kind';

/** The steps one event records beyond its kind. */
export interface EventDetails {
  fromClassId?: number | null;
  onDate?: string | null;
  reasonCode?: string | null;
  notes?: string | null;
}

/** Writes and reads an enrolment's one continuous history (§4.2.5). */
@Injectable()
export class EnrolmentHistory {
  /** Adds a step, in the transaction of the change it records; `enrolment` is as it is after it. */
  async add(
    m: EntityManager,
    enrolment: Pick<Enrolment, 'id' | 'classId'>,
    kind: EnrolmentEventKind,
    byId: number | null,
    details: EventDetails = {},
  ): Promise<void> {
    await m.getRepository(EnrolmentEvent).insert({
      enrolmentId: enrolment.id,
      kind,
      classId: enrolment.classId,
      fromClassId: details.fromClassId ?? null,
      onDate: details.onDate ?? null,
      reasonCode: details.reasonCode ?? null,
      notes: details.notes ?? null,
      byId,
    });
  }

  of(m: EntityManager, enrolmentId: number): Promise<EnrolmentEvent[]> {
    return m.getRepository(EnrolmentEvent).find({ where: { enrolmentId }, order: { id: 'ASC' } });
  }
}
