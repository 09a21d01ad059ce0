import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { IsVersion } from '../../../../common/validation/is-version';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';
import { SMS_TEMPLATE_MAX_LENGTH } from '../sms-template-kinds';

/** The kind stays: its placeholders are what senders fill in. */
export class UpdateSmsTemplateDto {
  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion()
  version: number;

  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name?: string;

  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SMS_TEMPLATE_MAX_LENGTH)
  body?: string;

  /** false: not offered for new messages */
  @OptionalField()
  @IsBoolean()
  active?: boolean;
}
