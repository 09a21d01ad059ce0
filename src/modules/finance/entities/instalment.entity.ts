import { Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, Index } from 'typeorm';
import { Col } from '../../../database/columns';
import { Receivable } from './receivable.entity';

/**
 * One instalment of a receivable's payment plan (回款计划): how much is due by when. What is
 * paid of it is not stored: payments fill the instalments in order, so an instalment is
 * paid once the receivable's paid figure reaches `cumulativeFen`.
 */
@Entity('instalment')
@Unique(['receivableId', 'seq'])
@Index(['dueDate', 'remindedAt'])
export class Instalment {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() receivableId: number;
  @ManyToOne(() => Receivable)
  @JoinColumn({ name: 'receivable_id' })
  receivable?: Receivable;
  /** 1, 2, 3 … in due order */
  @Col.int() seq: number;
  /** `YYYY-MM-DD` */
  @Col.date() dueDate: string;
  @Col.int() amountFen: number;
  /** this instalment and those before it */
  @Col.int() cumulativeFen: number;
  /** when its overdue reminder went out (once) */
  @Col.datetime({ nullable: true }) remindedAt: Date | null;
  @Col.createdAt() createdAt: Date;
}
