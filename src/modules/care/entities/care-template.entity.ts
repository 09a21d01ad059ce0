import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import type { CareOccasion } from '../care-occasions';

/**
 * An SMS greeting for an occasion (§9.4): one for birthdays, one for anniversaries, one per
 * holiday code, and a holiday one without a code for the holidays that have none of their own.
 */
@Entity('care_template')
export class CareTemplate {
  @PrimaryGeneratedColumn() id: number;
  /**
   * `birthday`, `anniversary`, `holiday` or `holiday:<code>`: one template per key. Unique on
   * a non-null column because databases disagree on whether NULLs collide in a unique key.
   */
  @Col.string(48, { unique: true }) templateKey: string;
  @Col.string(16) occasion: CareOccasion;
  /** holiday templates: the dictionary's holiday code; null = the default for holidays */
  @Col.string(32, { nullable: true }) holidayCode: string | null;
  /** at most 300 characters with the placeholders {name}, {occasion}, {date} */
  @Col.string(300) body: string;
  /** a switched-off template is not used (a holiday falls back to the default one) */
  @Col.bool({ default: true }) active: boolean;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
