import { IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { OptionalField } from '../../../common/validation/optional-field';

export class AssigneeQueryDto {
  /** part of the colleague's name or user name */
  @OptionalField() @Trim() @IsString() @MaxLength(64) q?: string;
}
