import { Type } from 'class-transformer';
import { IsDateString } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

export class InteractionQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() customerId?: number;
  @OptionalField() @Type(() => Number) @IsId() staffId?: number;
  @OptionalField() @Type(() => Number) @IsId() typeId?: number;
  /** took place at or after (ISO date or date-time) */
  @OptionalField() @IsDateString({ strict: true }) from?: string;
  /** took place before (ISO date or date-time) */
  @OptionalField() @IsDateString({ strict: true }) to?: string;
}
