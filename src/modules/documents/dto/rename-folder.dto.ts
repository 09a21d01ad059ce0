import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsVersion } from '../../../common/validation/is-version';
import { Trim } from '../../../common/validation/trim';

/** A folder's new name. */
export class RenameFolderDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion()
  version: number;
}
