import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsId } from '../../../../common/validation/is-id';
import { IsVersion } from '../../../../common/validation/is-version';
import { Nullable } from '../../../../common/validation/nullable';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';
import { STAFF_MEMBER_ROLES, type StaffMemberRole } from '../staff-role';

/** One coach on the class and what they do on it. */
export class StaffMemberDto {
  @IsId()
  coachId: number;

  /** assistant, coach, forward_assistant, interview_coach or guest_speaker */
  @IsIn(STAFF_MEMBER_ROLES)
  role: StaffMemberRole;
}

/** A class's whole staff, replacing what it had (§9.2), at the class's version. */
export class ClassStaffDto {
  @IsVersion()
  version: number;

  /** 主教练: a coach registered as `coach`; null while not decided */
  @Nullable()
  @IsId()
  headCoachId?: number | null;

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => StaffMemberDto)
  members: StaffMemberDto[];

  /**
   * Managers only: assign the coaches although their time clashes with another class or a
   * period they declared unavailable, and why (audited). Without it a clash is refused.
   */
  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  forceReason?: string;
}
