import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from './customer.entity';

export const TRACKED_FIELDS = ['statusTag', 'level', 'category', 'stage', 'ownerId'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** One change of a customer's status tag, level, category, stage or owner. */
@Entity('customer_status_change')
@Index(['customerId', 'changedAt'])
export class CustomerStatusChange {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.string(16) field: TrackedField;
  @Col.string(64, { nullable: true }) fromValue: string | null;
  @Col.string(64, { nullable: true }) toValue: string | null;
  @Col.int({ nullable: true }) changedById: number | null;
  @Col.datetime() changedAt: Date;
}
