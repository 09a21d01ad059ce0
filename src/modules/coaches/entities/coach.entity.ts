import { Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity';
import { Col } from '../../../database/columns';
import { CoachCourse } from './coach-course.entity';
import { CoachKindRow } from './coach-kind-row.entity';

/**
 * A person who serves classes (§5): internal — a former student, whose name and phone are
 * read from their customer record, never copied — or external, with their own name, phone
 * and organisation. Graded by a `coach_level` dictionary entry.
 */
@Entity('coach')
// One coach row per customer; external coaches have none (a filtered index: SQL Server's
// unique constraints would allow only one null).
@Index(['customerId'], { unique: true, where: 'customer_id IS NOT NULL' })
// The candidates of an availability question, read from the index alone.
@Index(['active', 'levelCode', 'id'])
export class Coach {
  @PrimaryGeneratedColumn() id: number;
  /** internal coaches: the customer record they are */
  @Col.int({ nullable: true }) customerId: number | null;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer | null;
  /** external coaches only */
  @Col.string(50, { nullable: true }) name: string | null;
  @Col.string(20, { nullable: true }) mobile: string | null;
  @Col.string(100, { nullable: true }) organisation: string | null;
  /** a `coach_level` dictionary code */
  @Col.string(32) levelCode: string;
  @Col.text({ nullable: true }) notes: string | null;
  @Col.bool({ default: true }) active: boolean;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
  @OneToMany(() => CoachKindRow, (row) => row.coach)
  kinds?: CoachKindRow[];
  @OneToMany(() => CoachCourse, (row) => row.coach)
  courses?: CoachCourse[];
}
