import { OmitType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

/** `?page=&pageSize=` of the board's lists, whose order is fixed (no `sort`). */
export class NoticePageQueryDto extends OmitType(PageQueryDto, ['sort'] as const) {}
