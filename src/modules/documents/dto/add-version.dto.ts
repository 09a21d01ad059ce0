import { FILE_ID } from '../../../files/stored-file';
import { IsString, Matches, MaxLength } from 'class-validator';
import { Nullable } from '../../../common/validation/nullable';
import { Trim } from '../../../common/validation/trim';

/** A new version of a document, from a file uploaded to POST /api/documents/uploads. */
export class AddVersionDto {
  /** the `fileId` the upload answered (yours, not yet taken by a document) */
  @IsString()
  @Matches(FILE_ID, { message: 'validation.rules.uploadId' })
  fileId: string;

  /** what changed in this version */
  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
