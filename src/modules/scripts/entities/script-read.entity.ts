import { Entity } from 'typeorm';
import { Col } from '../../../database/columns';

/** A staff member's "read" mark on a script of the reading list, at the version they read. */
@Entity('script_read')
export class ScriptRead {
  @Col.intKey() userId: number;
  @Col.intKey() scriptId: number;
  @Col.int() revision: number;
  @Col.datetime() readAt: Date;
}
