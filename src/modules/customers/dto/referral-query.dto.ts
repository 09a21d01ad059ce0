import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ReferralQueryDto {
  /** how many levels down the tree, 1 to 10 */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10) depth: number = 3;
}
