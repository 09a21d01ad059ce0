import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsId } from '../../../common/validation/is-id';
import { Nullable } from '../../../common/validation/nullable';
import { Trim } from '../../../common/validation/trim';

/** A new folder of the document library. */
export class CreateFolderDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** the folder it goes in; null or left out: at the top */
  @Nullable()
  @IsId()
  parentId?: number | null;
}
