import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

/** `?page=&pageSize=&sort=field,-field` for every list (DESIGN.md §7). */
export class PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  page: number = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;

  /** comma-separated fields, `-` for descending */
  @IsOptional() @MaxLength(200) @Matches(/^-?[A-Za-z]+(,-?[A-Za-z]+)*$/, {
    message: 'sort must be field names separated by commas, each optionally preceded by -',
  })
  sort?: string;
}
