import { Matches } from 'class-validator';
import { REJECTED_FILE_ID } from '../customer-import-files';

/** `:fileId` of a rejected-rows file: the id an import returned, nothing that could name a path. */
export class RejectedFileParamsDto {
  @Matches(REJECTED_FILE_ID, { message: 'validation.rules.rejectedFileId' })
  fileId: string;
}
