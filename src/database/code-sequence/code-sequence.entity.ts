import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../columns';

/** The last number handed out for one code prefix, e.g. `C20261122`. */
@Entity('code_sequence')
export class CodeSequence {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(32, { unique: true }) prefix: string;
  @Col.int() last: number;
}
