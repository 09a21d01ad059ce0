import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** `GET /api/scripts/reading-list`: a course's list, or without one the general scripts'. */
export class ReadingListQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
}
