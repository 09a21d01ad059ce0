import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId } from '../../../../common/validation/is-id';
import { IsVersion } from '../../../../common/validation/is-version';
import { Nullable } from '../../../../common/validation/nullable';
import { Trim } from '../../../../common/validation/trim';

/**
 * The training record (§4.2.5): the student's group and the staff who serve them (each on
 * the class's staff in that role), their referral commitment and notes. Fields left out
 * stay; null clears.
 */
export class UpdateEnrolmentDto {
  /** a group of the class */
  @Nullable() @IsId() groupId?: number | null;
  /** an assistant (助教) on the class's staff */
  @Nullable() @IsId() assistantCoachId?: number | null;
  /** a coach (教练) on the class's staff, or its head coach */
  @Nullable() @IsId() coachId?: number | null;
  /** a forward assistant (前瞻助教) on the class's staff */
  @Nullable() @IsId() forwardAssistantId?: number | null;
  /** an interview coach (面谈教练) on the class's staff */
  @Nullable() @IsId() interviewCoachId?: number | null;
  /** 感召承诺: how many people the student commits to bring */
  @Nullable() @IsInt() @Min(0) @Max(1000) referralCommitment?: number | null;
  @Nullable() @Trim() @IsString() @MaxLength(2000) notes?: string | null;
  @IsVersion() version: number;
}
