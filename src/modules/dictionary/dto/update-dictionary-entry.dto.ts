import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class UpdateDictionaryEntryDto {
  @IsOptional() @Trim() @IsString() @Length(1, 100) label?: string;

  @IsOptional() @IsInt() @Min(0) @Max(1_000_000) sortOrder?: number;

  /** false stops offering the entry; records that use it keep it */
  @IsOptional() @IsBoolean() active?: boolean;

  /** the version you loaded; a stale one is refused with 409 */
  @IsInt() @Min(1) version: number;
}
