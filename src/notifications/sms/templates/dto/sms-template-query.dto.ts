import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination/page-query.dto';
import { OptionalField } from '../../../../common/validation/optional-field';
import { SMS_TEMPLATE_KIND_NAMES, type SmsTemplateKind } from '../sms-template-kinds';

/** Filters of the SMS template list. */
export class SmsTemplateQueryDto extends PageQueryDto {
  @OptionalField() @IsIn(SMS_TEMPLATE_KIND_NAMES) kind?: SmsTemplateKind;

  /** true: only those in use; false: only switched-off ones */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
