import { IsDateString, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';

export class UpdateRecordDto {
  @IsInt() @Min(1) @Max(2_147_483_647)
  version: number;

  @IsOptional() @Matches(DICTIONARY_CODE_PATTERN, { message: 'channel must be a channel code of the dictionary, e.g. phone' })
  channel?: string;

  @IsOptional() @Trim() @IsString() @MinLength(1) @MaxLength(4000)
  content?: string;

  @IsOptional() @Trim() @IsString() @MaxLength(2000)
  outcome?: string;

  @IsOptional() @IsDateString({ strict: true })
  occurredAt?: string;
}
