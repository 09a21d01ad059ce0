import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class CreatePlanDto {
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  customerId: number;

  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  typeId: number;

  /** what to talk about */
  @Trim() @IsString() @MinLength(1) @MaxLength(2000)
  content: string;

  /** ISO date-time with zone, e.g. `2026-11-23T10:00:00+08:00` */
  @IsDateString({ strict: true })
  dueAt: string;

  /** who does it; the planner when left out */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  assigneeId?: number;

  /** also remind the assignee by SMS (when the admin enabled SMS reminders for them) */
  @IsOptional() @IsBoolean()
  remindBySms?: boolean;
}
