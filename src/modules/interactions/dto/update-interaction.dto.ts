import { IsDateString, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';
import { ApiExample } from '../../../openapi/api-example.decorator';

@ApiExample({ version: 1, outcome: '客户改约到周日上午' })
export class UpdateInteractionDto {
  @IsVersion()
  version: number;

  @OptionalField()
  @Matches(DICTIONARY_CODE_PATTERN, { message: 'validation.rules.channel' })
  channel?: string;

  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  content?: string;

  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(2000)
  outcome?: string;

  @OptionalField()
  @IsDateString({ strict: true })
  occurredAt?: string;
}
