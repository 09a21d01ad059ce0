import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsId } from '../../../../common/validation/is-id';
import { IsVersion } from '../../../../common/validation/is-version';
import { Nullable } from '../../../../common/validation/nullable';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';

/** One group: an existing one by id (renamed, led by another assistant) or a new one. */
export class ClassGroupDto {
  @OptionalField()
  @IsId()
  id?: number;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  /** a coach on the class's staff as an assistant */
  @Nullable()
  @IsId()
  assistantId?: number | null;
}

/** The class's groups in order, replacing what it had, at the class's version. */
export class ClassGroupsDto {
  @IsVersion()
  version: number;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ClassGroupDto)
  groups: ClassGroupDto[];
}
