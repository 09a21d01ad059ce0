import { IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PeriodQueryDto } from '../../../common/calendar/period-query.dto';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** `from` is the first of this month when left out, `to` today; at most a year. */
export class WorkQueryDto extends IntersectionType(PageQueryDto, PeriodQueryDto) {
  /** whose work; one's own when left out, anyone's for managers */
  @OptionalField()
  @Type(() => Number)
  @IsId()
  userId?: number;
}
