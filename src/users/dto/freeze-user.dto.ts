import { IsString, Length } from 'class-validator';
import { Trim } from '../../common/validation/trim';

export class FreezeUserDto {
  /** why, for the audit history and the person who unfreezes */
  @Trim() @IsString() @Length(1, 200) reason: string;
}
