import { Type } from 'class-transformer';
import { RecordFieldsDto } from './record-fields.dto';
import { IsId } from '../../../common/validation/is-id';

export class CreateRecordDto extends RecordFieldsDto {
  @Type(() => Number) @IsId()
  customerId: number;

  @Type(() => Number) @IsId()
  typeId: number;
}
