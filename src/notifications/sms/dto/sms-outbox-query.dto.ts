import { IsDateString, IsIn, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { SMS_STATUSES, type SmsStatus } from '../entities/sms-message.entity';
import { OptionalField } from '../../../common/validation/optional-field';

/** Filters of the SMS outbox. */
export class SmsOutboxQueryDto extends PageQueryDto {
  @OptionalField() @IsIn(SMS_STATUSES, { message: 'validation.isIn' }) status?: SmsStatus;

  @OptionalField()
  @MaxLength(32)
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'purpose must be like plan-reminder' })
  purpose?: string;

  /** queued at or after: ISO date or date-time, inclusive */
  @OptionalField() @IsDateString({ strict: true }) from?: string;

  /** queued before: ISO date or date-time, exclusive */
  @OptionalField() @IsDateString({ strict: true }) to?: string;
}
