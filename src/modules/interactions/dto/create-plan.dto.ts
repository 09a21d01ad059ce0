import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { ApiExample } from '../../../openapi/api-example.decorator';

@ApiExample({
  customerId: 42,
  typeId: 1,
  content: '回访试听感受，介绍下期课程',
  dueAt: '2026-12-08T10:00:00+08:00',
  remindBySms: true,
})
export class CreatePlanDto {
  @Type(() => Number)
  @IsId()
  customerId: number;

  @Type(() => Number)
  @IsId()
  typeId: number;

  /** what to talk about */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  content: string;

  /** ISO date-time with zone, e.g. `2026-11-23T10:00:00+08:00` */
  @IsDateString({ strict: true })
  dueAt: string;

  /** who does it; the planner when left out */
  @OptionalField()
  @Type(() => Number)
  @IsId()
  assigneeId?: number;

  /** also remind the assignee by SMS (when the admin enabled SMS reminders for them) */
  @OptionalField()
  @IsBoolean()
  remindBySms?: boolean;
}
