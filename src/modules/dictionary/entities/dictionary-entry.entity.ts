import { Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import type { DictionaryType } from '../dictionary-type';

/**
 * One coded value of the data dictionary (§9.5), e.g. industry `it` = 信息技术/互联网.
 * Never deleted: records keep referring to its code, so an entry no longer offered is
 * deactivated instead.
 */
@Entity('dictionary_entry')
@Unique(['type', 'code'])
export class DictionaryEntry {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(32) type: DictionaryType;
  /** lower-case ASCII, unique within the type; never changes */
  @Col.string(32) code: string;
  @Col.string(100) label: string;
  /** ascending; ties by code */
  @Col.int({ default: 0 }) sortOrder: number;
  /** inactive entries are kept for the records using them but no longer offered */
  @Col.bool({ default: true }) active: boolean;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
