import type { Catalogue } from '../../catalogue';

/** English, files: spreadsheets read and written, the file store, backups. */
export const FILES_EN: Pick<Catalogue, 'spreadsheet' | 'backups' | 'files'> = {
  spreadsheet: {
    tooLargeUncompressed:
      'The workbook expands to more than {{limit}} MB when opened ({{what}}). Split it into smaller files, or save only the customer sheet as a new .xlsx.',
    tooCompressed:
      'The workbook\'s part "{{entry}}" expands more than {{ratio}} times when opened, which no spreadsheet of customers does. Save the data again as a new .xlsx and upload that.',
    sheetTooLarge:
      'The spreadsheet has more than {{limit}} {{what}}. Split it into files of fewer rows and import them one after another.',
    cellTooLong:
      'A cell holds more than {{limit}} characters, longer than any customer field. Shorten it (notes take at most 2,000 characters) and upload again.',
    rowTooLong:
      'A row of the CSV is longer than {{limit}} KB (often a quote that is never closed). Check the quotes in the file and upload again.',
    malformed:
      'The workbook could not be read safely ({{what}}). Open it in Excel or WPS, save it again as .xlsx and upload the new file.',
    detailExpands: 'expands too much',
    detailCompression: 'compression ratio too high',
    detailTooMany: 'more than {{limit}} {{what}}',
    detailCell: 'cell too long',
    detailRow: 'row too long',
    detailStructure: 'unusual workbook structure',
    what: {
      allParts: 'all its parts together',
      part: 'its part {{path}}',
      rows: 'rows',
      columns: 'columns',
      sharedStrings: 'shared strings',
      sharedStringChars: 'characters in its shared strings',
      unusualTag: 'a tag of unusual length',
      doctype: 'a document type declaration',
      missingPart: 'a part missing from the zip directory',
      damagedZip: 'the zip is damaged',
      damagedDirectory: 'its zip directory is damaged',
      tooManyParts: 'more than {{limit}} parts',
      duplicatePart: 'a part stored twice',
    },
  },
  backups: {
    nativeTools:
      'Back up and restore the {{database}} database with its own tools: {{tools}}. This system takes online backups of the embedded SQLite database only.',
  },
  files: {
    missingFile: 'Upload the file as the multipart field "file".',
    missingFileDetail: 'missing file',
    unreadable: 'The upload could not be read: send one file as the multipart field "file".',
    unreadableDetail: 'unreadable upload',
    notAllowedType: 'Only {{types}} files are taken (by its content, this file is {{found}}).',
    activeContent:
      'Programs, scripts and web pages cannot be uploaded, whatever the file is called (by its content, this file is {{found}}). Convert it to a document format such as PDF and upload that.',
    nameMismatch:
      'The file name "{{name}}" does not fit its content ({{found}}). Give it the extension of what it is and upload it again.',
    tooLarge:
      'The file is larger than {{limit}} MB and cannot be stored: split it into smaller files.',
  },
};
