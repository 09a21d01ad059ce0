import { OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { CreateInteractionTypeDto } from './create-interaction-type.dto';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';

/** The fields of a new type except its code, each optional, at the version read. */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateInteractionTypeDto extends PartialType(
  OmitType(CreateInteractionTypeDto, ['code'] as const),
  { skipNullProperties: false },
) {
  @IsVersion()
  version: number;

  /** custom types only: a type in use is switched off rather than removed */
  @OptionalField()
  @IsBoolean()
  active?: boolean;
}
