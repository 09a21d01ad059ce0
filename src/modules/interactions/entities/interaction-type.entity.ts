import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * A kind of contact with a customer (§4): the built-in ones (follow-up, enrolment, pre-class
 * talk, class record, payment, care) and those an admin adds. Built-ins are never removed.
 */
@Entity('interaction_type')
export class InteractionType {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(32, { unique: true }) code: string;
  @Col.string(50) name: string;
  @Col.bool({ default: false }) builtIn: boolean;
  /** a record of this type must say what came of it */
  @Col.bool({ default: false }) resultRequired: boolean;
  /** how long before a plan of this type falls due its assignee is reminded */
  @Col.int({ default: 60 }) reminderLeadMinutes: number;
  @Col.bool({ default: true }) active: boolean;
  @Col.int({ default: 0 }) sortOrder: number;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
