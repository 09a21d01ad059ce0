import { OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { CreateInteractionTypeDto } from './create-interaction-type.dto';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';

/** The fields of a new type except its code, each optional, at the version read. */
export class UpdateInteractionTypeDto extends PartialType(OmitType(CreateInteractionTypeDto, ['code'] as const)) {
  @IsVersion()
  version: number;

  /** custom types only: a type in use is switched off rather than removed */
  @OptionalField() @IsBoolean()
  active?: boolean;
}
