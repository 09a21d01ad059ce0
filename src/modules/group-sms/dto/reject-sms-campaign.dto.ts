import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

/** Why a manager turns a group SMS down; the creator reads it. */
export class RejectSmsCampaignDto {
  @Trim() @IsString() @MinLength(1) @MaxLength(200) reason: string;
}
