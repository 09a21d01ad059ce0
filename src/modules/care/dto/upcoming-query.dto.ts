import { IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import { PeriodQueryDto } from '../../../common/calendar/period-query.dto';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CARE_OCCASIONS, type CareOccasion } from '../care-occasions';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** Occasion dates `from` (today, the earliest, when left out) to `to` (open when left out). */
export class UpcomingQueryDto extends IntersectionType(PageQueryDto, PeriodQueryDto) {
  @OptionalField()
  @IsIn(CARE_OCCASIONS)
  occasion?: CareOccasion;

  @OptionalField()
  @Type(() => Number)
  @IsId()
  customerId?: number;
}
