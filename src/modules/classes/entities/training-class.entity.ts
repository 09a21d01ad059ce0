import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import type { ClassStatus } from '../class-status';
import { Course } from './course.entity';

/**
 * One run of a course (§9.2, 班级): its term number, dates, venue and capacity, filled in over
 * time by the coordinators who form it. Named TrainingClass because `class` is a keyword.
 */
@Entity('training_class')
@Unique(['courseId', 'term'])
// The list's default order (newest start first), and the calendar's period reads.
@Index(['startDate', 'id'])
@Index(['courseId', 'startDate'])
export class TrainingClass {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() courseId: number;
  @ManyToOne(() => Course)
  @JoinColumn({ name: 'course_id' })
  course?: Course;
  /** 期数: the class's number within its course */
  @Col.int() term: number;
  /** `YYYY-MM-DD`, the first and last day of the class */
  @Col.date() startDate: string;
  @Col.date() endDate: string;
  /** `YYYY-MM-DD`: when the first and the last week's sessions begin (首周, 末周) */
  @Col.date({ nullable: true }) firstWeekDate: string | null;
  @Col.date({ nullable: true }) lastWeekDate: string | null;
  /** 会场地址 */
  @Col.string(200, { nullable: true }) venue: string | null;
  @Col.string(12, { nullable: true }) provinceCode: string | null;
  @Col.string(12, { nullable: true }) cityCode: string | null;
  /** places; null while not decided */
  @Col.int({ nullable: true }) capacity: number | null;
  @Col.text({ nullable: true }) notes: string | null;
  /** students holding a place (enrolled or graduated): moved with each enrolment, never past capacity */
  @Col.int({ default: 0 }) enrolledCount: number;
  @Col.string(12, { default: 'planning' }) status: ClassStatus;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
