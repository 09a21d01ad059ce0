import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';

export class HolidayDateQueryDto {
  /** the calendar year; this year when left out */
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1901)
  @Max(2099)
  year?: number;
}
