import { Type } from 'class-transformer';
import { IsId } from '../../../common/validation/is-id';

export class BriefingQueryDto {
  @Type(() => Number)
  @IsId()
  customerId: number;
}
