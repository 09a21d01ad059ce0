import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { CYCLE_BASES } from '../cycle-basis';

export class FollowUpCycleDto {
  /** `level` (customer_level code) or `status` (customer_status code) */
  @IsIn(CYCLE_BASES)
  basis: string;

  @Matches(DICTIONARY_CODE_PATTERN, { message: 'validation.rules.dictionaryCode' })
  code: string;

  /** contact at least every this many days */
  @IsInt()
  @Min(1)
  @Max(365)
  intervalDays: number;
}

/** The whole set of cycles; what is not listed no longer applies. */
export class FollowUpCyclesDto {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => FollowUpCycleDto)
  cycles: FollowUpCycleDto[];
}
