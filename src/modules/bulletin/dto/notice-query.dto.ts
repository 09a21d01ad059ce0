import { IsIn } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';
import { NOTICE_CATEGORIES, type NoticeCategory } from '../notice-category';
import { NoticePageQueryDto } from './notice-page-query.dto';

/** `GET /api/bulletin`: the board, pinned first, newest first; one category if asked. */
export class NoticeQueryDto extends NoticePageQueryDto {
  @OptionalField() @IsIn(NOTICE_CATEGORIES) category?: NoticeCategory;
}
