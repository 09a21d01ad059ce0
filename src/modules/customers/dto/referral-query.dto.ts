import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';

export class ReferralQueryDto {
  /** how many levels down the tree, 1 to 10 */
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(10) depth: number = 3;
}
