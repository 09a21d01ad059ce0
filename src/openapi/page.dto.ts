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

  @ApiProperty({
    required: false,
    description:
      '为 true 时表示符合条件的超过 total 条（常见词的搜索只数到上限，列表显示“超过 total 条”）',
    example: false,
  })
  totalCapped?: boolean;

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 20 })
  pageSize: number;
}
