import type { EnrolmentEvent } from '../entities/enrolment-event.entity';
import type { EnrolmentEventKind } from './enrolment-event-kind';

/** One step of a student's history in a course. */
export class EnrolmentEventView {
  id: number;
  kind: EnrolmentEventKind;
  classId: number;
  fromClassId: number | null;
  onDate: string | null;
  reasonCode: string | null;
  notes: string | null;
  byId: number | null;
  createdAt: Date;

  static of(row: EnrolmentEvent): EnrolmentEventView {
    return {
      id: row.id,
      kind: row.kind,
      classId: row.classId,
      fromClassId: row.fromClassId,
      onDate: row.onDate,
      reasonCode: row.reasonCode,
      notes: row.notes,
      byId: row.byId,
      createdAt: row.createdAt,
    };
  }
}
