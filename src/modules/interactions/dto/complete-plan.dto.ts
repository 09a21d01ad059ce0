import { IsInt, Max, Min } from 'class-validator';
import { RecordFieldsDto } from './record-fields.dto';

/** Completing a plan writes its record. */
export class CompletePlanDto extends RecordFieldsDto {
  @IsInt() @Min(1) @Max(2_147_483_647)
  version: number;
}
