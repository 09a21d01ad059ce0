import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { NestedObject } from '../../../../common/validation/nested-object';
import { OptionalField } from '../../../../common/validation/optional-field';
import {
  SMS_TEMPLATE_KIND_NAMES,
  SMS_TEMPLATE_MAX_LENGTH,
  type SmsTemplateKind,
} from '../sms-template-kinds';
import { SmsTemplateValuesDto } from './sms-template-values.dto';

/** Preview of a text being written, before it is saved: placeholders checked as on save. */
export class PreviewSmsDraftDto {
  @IsIn(SMS_TEMPLATE_KIND_NAMES)
  kind: SmsTemplateKind;

  @IsString()
  @MinLength(1)
  @MaxLength(SMS_TEMPLATE_MAX_LENGTH)
  body: string;

  @OptionalField()
  @NestedObject(() => SmsTemplateValuesDto)
  values?: SmsTemplateValuesDto;
}
