import { InteractionFieldsDto } from './interaction-fields.dto';
import { IsVersion } from '../../../common/validation/is-version';

/** Completing a plan writes its record. */
export class CompletePlanDto extends InteractionFieldsDto {
  @IsVersion()
  version: number;
}
