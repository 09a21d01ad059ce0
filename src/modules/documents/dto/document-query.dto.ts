import { Type } from 'class-transformer';
import { IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { TAG_PATTERN } from '../document-rules';

/** The documents one may see: in one folder, with one tag, or with words in the title. */
export class DocumentQueryDto extends PageQueryDto {
  /** only those in this folder (not its sub-folders) */
  @OptionalField()
  @Type(() => Number)
  @IsId()
  folderId?: number;

  @OptionalField()
  @IsString()
  @Matches(TAG_PATTERN, { message: 'validation.rules.documentTag' })
  tag?: string;

  /** part of the title */
  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;
}
