import { NestedObject } from '../../../../common/validation/nested-object';
import { OptionalField } from '../../../../common/validation/optional-field';
import { SmsTemplateValuesDto } from './sms-template-values.dto';

/** Preview of a saved template: with these values, the samples for any left out. */
export class PreviewSmsTemplateDto {
  @OptionalField()
  @NestedObject(() => SmsTemplateValuesDto)
  values?: SmsTemplateValuesDto;
}
