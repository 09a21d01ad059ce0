import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import type { CourseKind, MainLineStage } from '../course-kind';

/**
 * A course the company runs (§9.1). The main line (TR1 → TR2 → TA) is seeded and fixed; tool
 * courses are seeded too and kept by admins: added, edited, retired (not deleted once a class
 * uses them).
 */
@Entity('course')
export class Course {
  @PrimaryGeneratedColumn() id: number;
  /** `TR1`, `CP1` …: upper-case letters, digits and `-`, unique */
  @Col.string(32, { unique: true }) code: string;
  @Col.string(50) name: string;
  @Col.string(8) kind: CourseKind;
  /** the main line's stage (1 TR1, 2 TR2, 3 TA); null for a tool course */
  @Col.int({ nullable: true }) stage: MainLineStage | null;
  /** what a place costs unless an enrolment says otherwise, in fen */
  @Col.int({ default: 0 }) defaultFeeFen: number;
  @Col.text({ nullable: true }) description: string | null;
  /** false: retired, offered for no new class; its classes stay as they were */
  @Col.bool({ default: true }) active: boolean;
  @Col.int({ default: 0 }) sortOrder: number;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
