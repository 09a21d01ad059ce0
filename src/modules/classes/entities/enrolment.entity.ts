import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from '../../customers/entities/customer.entity';
import type { EnrolmentStatus } from '../enrolment/enrolment-status';
import { ClassGroup } from './class-group.entity';
import { TrainingClass } from './training-class.entity';

/**
 * A customer's place in a class (§4.2.2 报名): the fee and discount agreed, who introduced
 * them at that moment, who enrolled them and who filled the form in for them (代报名). Its
 * money is the receivable the finance module keeps for it.
 */
@Entity('enrolment')
@Unique(['classId', 'customerId'])
@Index(['customerId', 'classId'])
@Index(['enrolledById', 'id'])
// Enrolments made in a period (the dashboard, counts, staff figures), a coordinator's among them.
@Index(['enrolledAt', 'enrolledById'])
// The people one student introduced (referral results), each person's enrolments in a period
// (staff performance): migration 1764786000000.
@Index(['introducerId', 'status', 'customerId'])
// Named: the default name sorts the columns, and (enrolledAt, enrolledById) would share it.
@Index('idx_enrolment_enroller_time', ['enrolledById', 'enrolledAt'])
export class Enrolment {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() classId: number;
  @ManyToOne(() => TrainingClass)
  @JoinColumn({ name: 'class_id' })
  trainingClass?: TrainingClass;
  @Col.int() customerId: number;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.string(16, { default: 'enrolled' }) status: EnrolmentStatus;
  /** the course's fee when the customer enrolled, in fen */
  @Col.int() feeFen: number;
  @Col.int({ default: 0 }) discountFen: number;
  @Col.string(200, { nullable: true }) discountReason: string | null;
  /** the customer's introducer (IMO) at the moment of enrolment, kept as it was then */
  @Col.int({ nullable: true }) introducerId: number | null;
  /** the coordinator who enrolled the customer */
  @Col.int() enrolledById: number;
  /** 代报名: the customer or the staff member who filled the form in for the student */
  @Col.int({ nullable: true }) filledInByCustomerId: number | null;
  @Col.int({ nullable: true }) filledInByUserId: number | null;
  /** why a manager let the customer skip the stage before (set only then) */
  @Col.string(200, { nullable: true }) overrideReason: string | null;
  @Col.datetime() enrolledAt: Date;
  /** the training record (§4.2.5): the student's group and the staff who serve them */
  @Col.int({ nullable: true }) groupId: number | null;
  @ManyToOne(() => ClassGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'group_id' })
  group?: ClassGroup | null;
  @Col.int({ nullable: true }) assistantCoachId: number | null;
  @Col.int({ nullable: true }) coachId: number | null;
  /** 前瞻助教 */
  @Col.int({ nullable: true }) forwardAssistantId: number | null;
  /** 面谈教练 */
  @Col.int({ nullable: true }) interviewCoachId: number | null;
  /** 感召承诺: how many people the student committed to bring */
  @Col.int({ nullable: true }) referralCommitment: number | null;
  @Col.text({ nullable: true }) notes: string | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
