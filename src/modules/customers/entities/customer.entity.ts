import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';
import type { CustomerCare } from '../customer-care';
import type { CustomerCategory, CustomerStage, Gender } from '../customer-category';

/**
 * One person in the shared customer base. Never hard-deleted: soft-deleted by a manager, or
 * erased on request (personal fields replaced, links kept).
 */
@Entity('customer')
@Index(['deletedAt', 'createdAt'])
// The list's order over live customers, for databases that don't read it from row ids.
@Index(['createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index(['ownerId', 'createdAt'])
@Index(['introducerId'])
export class Customer {
  @PrimaryGeneratedColumn() id: number;
  /** `C` + business date + sequence */
  @Col.string(20, { unique: true }) code: string;
  @Col.string(50) name: string;
  @Col.string(8, { default: 'unknown' }) gender: Gender;
  /** `YYYY-MM-DD` */
  @Col.date({ nullable: true }) birthday: string | null;
  /** mainland mobile, 11 digits, unique */
  @Col.string(20, { unique: true }) mobile: string;
  @Col.json({ nullable: true }) otherPhones: string[] | null;
  @Col.string(64, { nullable: true }) wechat: string | null;
  @Col.string(254, { nullable: true }) email: string | null;
  @Col.string(12, { nullable: true }) provinceCode: string | null;
  @Col.string(12, { nullable: true }) cityCode: string | null;
  @Col.string(100, { nullable: true }) company: string | null;
  @Col.string(32, { nullable: true }) industry: string | null;
  @Col.string(32, { nullable: true }) position: string | null;
  @Col.string(32, { nullable: true }) companySize: string | null;
  @Col.string(32, { nullable: true }) education: string | null;
  @Col.string(200, { nullable: true }) jobSituation: string | null;
  @Col.string(16, { default: 'prospect' }) category: CustomerCategory;
  @Col.string(8, { default: 'none' }) stage: CustomerStage;
  /** customer_level code of the dictionary (A, B, C) */
  @Col.string(32, { nullable: true }) level: string | null;
  @Col.string(32, { nullable: true }) source: string | null;
  @Col.string(32, { nullable: true }) statusTag: string | null;
  /** 跟进人: the staff member who follows this customer up */
  @Col.int({ nullable: true }) ownerId: number | null;
  @ManyToOne(() => UserAccount)
  @JoinColumn({ name: 'owner_id' })
  owner?: UserAccount | null;
  /** IMO: the customer who introduced this one */
  @Col.int({ nullable: true }) introducerId: number | null;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'introducer_id' })
  introducer?: Customer | null;
  @Col.json({ nullable: true }) care: CustomerCare | null;
  /** wants no marketing texts (group SMS); care.smsOptOut (no care texts) excludes them too */
  @Col.bool({ default: false }) marketingOptOut: boolean;
  @Col.text({ nullable: true }) notes: string | null;
  /** the time of the latest contact record; follow-up cycles count from it */
  @Col.datetime({ nullable: true }) lastContactAt: Date | null;
  @Col.int({ nullable: true }) createdById: number | null;
  /** 金牌 IMO (§1.2 c): marked by hand by a manager, when and by whom; null when not marked */
  @Col.datetime({ nullable: true }) goldImoAt: Date | null;
  @Col.int({ nullable: true }) goldImoById: number | null;
  @Col.datetime({ nullable: true }) deletedAt: Date | null;
  @Col.datetime({ nullable: true }) erasedAt: Date | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
