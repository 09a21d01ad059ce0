import { Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from './customer.entity';

/** The record of a PIPL erasure: who erased whom, when and why. */
@Entity('customer_erasure')
export class CustomerErasure {
  @PrimaryGeneratedColumn() id: number;
  @Col.int({ unique: true }) customerId: number;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.int() erasedById: number;
  @Col.string(500) reason: string;
  @Col.datetime() erasedAt: Date;
}
