import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';

/**
 * Failed sign-ins in a row per user name, whether or not such a user exists, so that a
 * lockout looks the same for both and reveals nothing.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(64, { unique: true }) username: string;
  @Col.int({ default: 0 }) failures: number;
  @Col.datetime({ nullable: true }) lockedUntil: Date | null;
  @Col.updatedAt() updatedAt: Date;
}
