import { IsVersion } from '../../../common/validation/is-version';
import { DocumentFieldsDto } from './document-fields.dto';

/** A change to a document's title, description, tags, visibility or folder. */
export class UpdateDocumentDto extends DocumentFieldsDto {
  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion()
  version: number;
}
