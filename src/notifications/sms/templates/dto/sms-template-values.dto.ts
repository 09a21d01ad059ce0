import { IsString, MaxLength } from 'class-validator';
import { OptionalField } from '../../../../common/validation/optional-field';

/**
 * Values for a template's placeholders, every placeholder any kind knows; which ones a
 * template may use depends on its kind (sms-template-kinds.ts). A preview shows the sample
 * of any left out.
 */
export class SmsTemplateValuesDto {
  @OptionalField() @IsString() @MaxLength(50) name?: string;
  @OptionalField() @IsString() @MaxLength(50) date?: string;
  @OptionalField() @IsString() @MaxLength(50) time?: string;
  @OptionalField() @IsString() @MaxLength(100) venue?: string;
  @OptionalField() @IsString() @MaxLength(100) course?: string;
  @OptionalField() @IsString() @MaxLength(100) className?: string;
  @OptionalField() @IsString() @MaxLength(50) startDate?: string;
  @OptionalField() @IsString() @MaxLength(50) amount?: string;
  @OptionalField() @IsString() @MaxLength(50) dueDate?: string;
}
