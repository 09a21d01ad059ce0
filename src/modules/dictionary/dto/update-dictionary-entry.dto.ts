import { IsBoolean, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';

export class UpdateDictionaryEntryDto {
  @OptionalField() @Trim() @IsString() @Length(1, 100) label?: string;

  @OptionalField() @IsInt() @Min(0) @Max(1_000_000) sortOrder?: number;

  /** false stops offering the entry; records that use it keep it */
  @OptionalField() @IsBoolean() active?: boolean;

  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion() version: number;
}
