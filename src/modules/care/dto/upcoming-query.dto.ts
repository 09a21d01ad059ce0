import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CARE_OCCASIONS, type CareOccasion } from '../care-occasions';
import { CARE_DAY } from './care-day';

export class UpcomingQueryDto extends PageQueryDto {
  /** first occasion date, `YYYY-MM-DD`; today (the earliest) when left out */
  @IsOptional() @Matches(CARE_DAY, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  /** last occasion date, inclusive, `YYYY-MM-DD` */
  @IsOptional() @Matches(CARE_DAY, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @IsOptional() @IsIn(CARE_OCCASIONS)
  occasion?: CareOccasion;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  customerId?: number;
}
