import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { RecordFieldsDto } from './record-fields.dto';

export class CreateRecordDto extends RecordFieldsDto {
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  customerId: number;

  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  typeId: number;
}
