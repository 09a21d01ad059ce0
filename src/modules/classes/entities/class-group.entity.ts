import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Coach } from '../../coaches/entities/coach.entity';
import { TrainingClass } from './training-class.entity';
import { Col } from '../../../database/columns';

/** A group of a class's students, led by one of its assistants (§9.2 课程分组). */
@Entity('class_group')
@Index(['classId', 'sortOrder'])
export class ClassGroup {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() classId: number;
  @ManyToOne(() => TrainingClass)
  @JoinColumn({ name: 'class_id' })
  trainingClass?: TrainingClass;
  @Col.string(50) name: string;
  /** the assistant leading it: a coach on the class's staff as an assistant */
  @Col.int({ nullable: true }) assistantCoachId: number | null;
  @ManyToOne(() => Coach)
  @JoinColumn({ name: 'assistant_coach_id' })
  assistant?: Coach | null;
  @Col.int({ default: 0 }) sortOrder: number;
}
