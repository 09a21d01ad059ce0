import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** The folders in one folder (`parentId`), or at the top when it is left out. */
export class FolderQueryDto extends PageQueryDto {
  @OptionalField()
  @Type(() => Number)
  @IsId()
  parentId?: number;
}
