import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class HolidayDateQueryDto {
  /** the calendar year; this year when left out */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1901) @Max(2099)
  year?: number;
}
