import { Type } from 'class-transformer';
import { Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class WorkQueryDto extends PageQueryDto {
  /** whose work; one's own when left out, anyone's for managers */
  @OptionalField() @Type(() => Number) @IsId()
  userId?: number;

  /** first business day, `YYYY-MM-DD`; the first of this month when left out */
  @OptionalField() @Matches(DAY, { message: 'validation.rules.date' })
  from?: string;

  /** last business day, inclusive, `YYYY-MM-DD`; today when left out */
  @OptionalField() @Matches(DAY, { message: 'validation.rules.date' })
  to?: string;
}
