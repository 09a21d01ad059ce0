import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '../../../access/role';
import { IsId } from '../../../common/validation/is-id';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { MAX_TAGS, TAG_PATTERN } from '../document-rules';

/** What a document says of itself: the fields of a new one, and those a change may send. */
export class DocumentFieldsDto {
  /** left out on a new document: its file's name */
  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /** up to 10 tags of at most 30 characters, without commas */
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(TAG_PATTERN, { each: true, message: 'validation.rules.documentTag' })
  tags?: string[];

  /** the roles it is shown to; null or left out: every staff member */
  @Nullable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  visibleRoles?: Role[] | null;

  /** the folder it is in; null: at the top */
  @Nullable()
  @IsId()
  folderId?: number | null;
}
