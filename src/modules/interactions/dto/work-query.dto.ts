import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class WorkQueryDto extends PageQueryDto {
  /** whose work; one's own when left out, anyone's for managers */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  userId?: number;

  /** first business day, `YYYY-MM-DD`; the first of this month when left out */
  @IsOptional() @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  /** last business day, inclusive, `YYYY-MM-DD`; today when left out */
  @IsOptional() @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}
