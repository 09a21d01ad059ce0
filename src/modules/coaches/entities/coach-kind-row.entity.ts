import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import type { CoachKind } from '../coach-kind';
import { Coach } from './coach.entity';

/** One kind a coach can serve as: a row each, so that lists filter by kind in the database. */
@Entity('coach_kind')
@Index(['kind', 'coachId'])
export class CoachKindRow {
  @Col.intKey() coachId: number;
  @Col.stringKey(20) kind: CoachKind;
  @ManyToOne(() => Coach, (coach) => coach.kinds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: Coach;
}
