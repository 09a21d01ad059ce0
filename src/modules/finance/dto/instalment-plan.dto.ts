import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { InstalmentDto } from './instalment.dto';

/** A receivable's payment plan (回款计划), replacing the one it had: the whole amount due, in order. */
export class InstalmentPlanDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => InstalmentDto)
  instalments: InstalmentDto[];
}
