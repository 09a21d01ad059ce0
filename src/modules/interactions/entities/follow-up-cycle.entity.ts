import { Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import type { CycleBasis } from '../cycle-basis';

/**
 * How often a customer of a level or a status tag must be contacted (seed 002: A every 5
 * days, B every 10, C every 30). Where several apply, the shortest wins.
 */
@Entity('follow_up_cycle')
@Unique(['basis', 'code'])
export class FollowUpCycle {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(12) basis: CycleBasis;
  /** a customer_level or customer_status code of the dictionary */
  @Col.string(32) code: string;
  @Col.int() intervalDays: number;
  @Col.updatedAt() updatedAt: Date;
}
