import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';
import type { Role } from '../role';

/** Settings an admin keeps per role: for now whether two-factor sign-in is required. */
@Entity('role_policy')
export class RolePolicy {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(16, { unique: true }) role: Role;
  @Col.bool({ default: false }) requireTwoFactor: boolean;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
