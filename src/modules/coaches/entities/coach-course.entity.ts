import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import { Course } from '../../classes/entities/course.entity';
import { Coach } from './coach.entity';

/** A course a coach is qualified to serve. */
@Entity('coach_course')
@Index(['courseId', 'coachId'])
export class CoachCourse {
  @Col.intKey() coachId: number;
  @Col.intKey() courseId: number;
  @ManyToOne(() => Coach, (coach) => coach.courses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: Coach;
  @ManyToOne(() => Course)
  @JoinColumn({ name: 'course_id' })
  course?: Course;
}
