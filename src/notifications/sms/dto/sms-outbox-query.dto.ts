import { IsDateString, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { SMS_STATUSES, type SmsStatus } from '../entities/sms-message.entity';

/** Filters of the SMS outbox. */
export class SmsOutboxQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(SMS_STATUSES, { message: `status must be one of ${SMS_STATUSES.join(', ')}` }) status?: SmsStatus;

  @IsOptional() @MaxLength(32) @Matches(/^[a-z][a-z0-9-]*$/, { message: 'purpose must be like plan-reminder' })
  purpose?: string;

  /** queued at or after: ISO date or date-time, inclusive */
  @IsOptional() @IsDateString({ strict: true }) from?: string;

  /** queued before: ISO date or date-time, exclusive */
  @IsOptional() @IsDateString({ strict: true }) to?: string;
}
