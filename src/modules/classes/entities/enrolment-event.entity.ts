import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import type { EnrolmentEventKind } from '../enrolment/enrolment-event-kind';
import { Enrolment } from './enrolment.entity';

/**
 * One step of a student's way through a course (§4.2.5): enrolled, dropped out (下车) with
 * the reason, came back (上车) in the same or a later class, moved class (换班), graduated,
 * refunded. Only added to: the history is the rows in order.
 */
@Entity('enrolment_event')
@Index(['enrolmentId', 'id'])
export class EnrolmentEvent {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() enrolmentId: number;
  @ManyToOne(() => Enrolment)
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;
  @Col.string(16) kind: EnrolmentEventKind;
  /** the class the student is in after this step */
  @Col.int() classId: number;
  /** the class they left, when they moved */
  @Col.int({ nullable: true }) fromClassId: number | null;
  /** `YYYY-MM-DD`, the day it happened (a dropout's or graduation's date) */
  @Col.date({ nullable: true }) onDate: string | null;
  /** a dropout_reason dictionary code */
  @Col.string(32, { nullable: true }) reasonCode: string | null;
  @Col.string(500, { nullable: true }) notes: string | null;
  @Col.int({ nullable: true }) byId: number | null;
  @Col.createdAt() createdAt: Date;
}
