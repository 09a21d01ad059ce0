import { OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';
import { CreateCoachDto } from './create-coach.dto';

/** Changes to a coach at the version read; who they are (internal or external) stays. */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateCoachDto extends PartialType(OmitType(CreateCoachDto, ['customerId'] as const), {
  skipNullProperties: false,
}) {
  @IsVersion()
  version: number;

  /** false: no longer offered for new classes; the classes served stay */
  @OptionalField()
  @IsBoolean()
  active?: boolean;
}
