import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../../database/columns';
import type { SmsTemplateKind } from '../sms-template-kinds';

/**
 * An admin-maintained SMS text (§9.4) for one kind of message the system sends: notices,
 * class reminders, payment reminders, group (marketing) SMS. Care greetings keep their own
 * per-occasion templates in the care module. A template is switched off, never deleted:
 * queued messages and group sends name it.
 */
@Entity('sms_template')
@Index(['kind', 'active', 'id'])
export class SmsTemplate {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(24) kind: SmsTemplateKind;
  /** what admins and managers pick it by; unique */
  @Col.string(64, { unique: true }) name: string;
  /** at most 500 characters, with the placeholders its kind allows (sms-template-kinds.ts) */
  @Col.string(500) body: string;
  /** a switched-off template is not offered for new messages */
  @Col.bool({ default: true }) active: boolean;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
