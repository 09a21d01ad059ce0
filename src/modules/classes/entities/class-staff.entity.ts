import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Coach } from '../../coaches/entities/coach.entity';
import { TrainingClass } from './training-class.entity';
import { Col } from '../../../database/columns';
import type { StaffRole } from '../staff/staff-role';

/**
 * A coach serving a class (head coach, assistant …). The class's dates are kept on the row,
 * with the class's (the same transaction moves both), so that a coach's busy time is one
 * index range of their own rows, without a join.
 */
@Entity('class_staff')
@Index(['coachId', 'startDate'])
// A period's staff: the classes starting in a bounded range before it (MAX_CLASS_DAYS).
@Index(['startDate', 'endDate', 'busy', 'coachId', 'classId'])
export class ClassStaff {
  @Col.intKey() classId: number;
  @Col.intKey() coachId: number;
  @ManyToOne(() => TrainingClass)
  @JoinColumn({ name: 'class_id' })
  trainingClass?: TrainingClass;
  @ManyToOne(() => Coach)
  @JoinColumn({ name: 'coach_id' })
  coach?: Coach;
  @Col.string(20) role: StaffRole;
  /** `YYYY-MM-DD`, the class's first and last day */
  @Col.date() startDate: string;
  @Col.date() endDate: string;
  /** false once the class was cancelled: it no longer takes the coach's time */
  @Col.bool({ default: true }) busy: boolean;
  /** set when a manager assigned the coach over a clash, with why */
  @Col.string(200, { nullable: true }) forcedReason: string | null;
  @Col.int({ nullable: true }) forcedById: number | null;
  @Col.createdAt() createdAt: Date;
}
