import { ApiProperty } from '@nestjs/swagger';

/**
 * The frame of one page of a list (src/common/pagination/page.ts), as the document shows
 * it; `items` is given per operation, typed by `@ApiDoc({ ok, page: true })`.
 */
export class PageDto {
  @ApiProperty({ type: 'array', items: {} })
  items: unknown[];

  @ApiProperty({ description: '符合条件的总数', example: 1 })
  total: number;

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 20 })
  pageSize: number;
}
