import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** Which classes' money to sum. */
export class ClassMoneyQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  @OptionalField() @Type(() => Number) @IsId() classId?: number;
}
