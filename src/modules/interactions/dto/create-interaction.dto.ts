import { Type } from 'class-transformer';
import { InteractionFieldsDto } from './interaction-fields.dto';
import { IsId } from '../../../common/validation/is-id';

export class CreateInteractionDto extends InteractionFieldsDto {
  @Type(() => Number) @IsId()
  customerId: number;

  @Type(() => Number) @IsId()
  typeId: number;
}
