import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Coach } from './coach.entity';
import { Col } from '../../../database/columns';

/** A period a coach declared they cannot serve (holiday, another commitment). */
@Entity('coach_unavailability')
@Index(['coachId', 'fromDate'])
@Index(['toDate', 'fromDate'])
export class CoachUnavailability {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() coachId: number;
  @ManyToOne(() => Coach)
  @JoinColumn({ name: 'coach_id' })
  coach?: Coach;
  /** `YYYY-MM-DD`, both inclusive */
  @Col.date() fromDate: string;
  @Col.date() toDate: string;
  @Col.string(200, { nullable: true }) reason: string | null;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.createdAt() createdAt: Date;
}
