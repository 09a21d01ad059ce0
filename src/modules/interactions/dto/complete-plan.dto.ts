import { RecordFieldsDto } from './record-fields.dto';
import { IsVersion } from '../../../common/validation/is-version';

/** Completing a plan writes its record. */
export class CompletePlanDto extends RecordFieldsDto {
  @IsVersion()
  version: number;
}
