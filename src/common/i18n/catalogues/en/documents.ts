import type { Catalogue } from '../../catalogue';

/** English, the document library (§1.2 l). */
export const DOCUMENTS_EN: Pick<Catalogue, 'documents'> = {
  documents: {
    entity: {
      document: 'document',
      folder: 'folder',
      version: 'document version',
    },
    typesText:
      'PDF, Word, Excel, PowerPoint (the older .doc/.xls/.ppt and WPS included), OpenDocument, RTF, image (JPEG, PNG, GIF, WebP, BMP, TIFF) or plain text/CSV',
    uploadInvalid:
      'That upload cannot be found: it is not yours, another document took it, or it expired (uploads are kept a day). Upload the file again.',
    uploadInvalidDetail: 'use the fileId POST /api/documents/uploads just answered',
    notYours: 'Only its uploader or a manager may change, version or delete this document.',
    folderTooDeep: 'Folders nest at most {{limit}} deep: no sub-folder can be made here.',
    folderNameTaken: 'There is a folder named "{{name}}" here already: choose another name.',
    folderNotEmpty:
      'The folder still holds folders or documents: move or delete them first, then the folder.',
    versionConflict:
      'Someone uploaded a new version of this document at the same moment: reload and try again.',
  },
};
