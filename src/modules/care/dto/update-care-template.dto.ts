import { IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { CARE_TEMPLATE_MAX_LENGTH } from '../care-template-text';

export class UpdateCareTemplateDto {
  /** the version you loaded; a stale one is refused with 409 */
  @IsInt() @Min(1)
  version: number;

  @IsOptional() @Trim() @IsString() @MinLength(1) @MaxLength(CARE_TEMPLATE_MAX_LENGTH)
  body?: string;

  /** false stops using it; a holiday then gets the default holiday greeting */
  @IsOptional() @IsBoolean()
  active?: boolean;
}
