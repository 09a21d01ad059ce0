import { Type } from 'class-transformer';
import { IsIn, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CARE_OCCASIONS, type CareOccasion } from '../care-occasions';
import { CARE_DAY } from './care-day';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

export class UpcomingQueryDto extends PageQueryDto {
  /** first occasion date, `YYYY-MM-DD`; today (the earliest) when left out */
  @OptionalField() @Matches(CARE_DAY, { message: 'validation.rules.date' })
  from?: string;

  /** last occasion date, inclusive, `YYYY-MM-DD` */
  @OptionalField() @Matches(CARE_DAY, { message: 'validation.rules.date' })
  to?: string;

  @OptionalField() @IsIn(CARE_OCCASIONS)
  occasion?: CareOccasion;

  @OptionalField() @Type(() => Number) @IsId()
  customerId?: number;
}
