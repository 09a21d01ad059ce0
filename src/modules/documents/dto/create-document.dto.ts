import { FILE_ID } from '../../../files/stored-file';
import { IsString, Matches } from 'class-validator';
import { DocumentFieldsDto } from './document-fields.dto';

/** A new document of the library, from a file uploaded to POST /api/documents/uploads. */
export class CreateDocumentDto extends DocumentFieldsDto {
  /** the `fileId` the upload answered (yours, not yet taken by a document) */
  @IsString()
  @Matches(FILE_ID, { message: 'validation.rules.uploadId' })
  fileId: string;
}
