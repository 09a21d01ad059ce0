import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '../validation/optional-field';

export const MAX_PAGE_SIZE = 200;

/** `?page=&pageSize=&sort=field,-field` for every list (DESIGN.md §7). */
export class PageQueryDto {
  // Optional for clients although the field always has a value here (its default).
  @ApiPropertyOptional({ default: 1 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ default: 20 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;

  /** comma-separated fields, `-` for descending */
  @OptionalField()
  @MaxLength(200)
  @Matches(/^-?[A-Za-z]+(,-?[A-Za-z]+)*$/, {
    message: 'validation.rules.sort',
  })
  sort?: string;
}
