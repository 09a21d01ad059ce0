/**
 * What the library keeps, by the type sniffed from a file's bytes, and the name endings each
 * type may carry: PDF, Office (OOXML and the legacy binary formats, which WPS writes too),
 * OpenDocument, RTF, images and plain text or CSV. Not zip or other archives: what is inside
 * is never sniffed (a program would pass packed), and a standard document is opened, not
 * unpacked. Not SVG (it carries script) nor anything ACTIVE_CONTENT names.
 */
export const DOCUMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx', 'dotx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx', 'xltx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [
    'pptx',
    'ppsx',
    'potx',
  ],
  // The legacy binary Office formats share one container (CFB) with installers (.msi): the
  // name must then be an Office one, so that the file opens in Office and nowhere else.
  'application/x-cfb': ['doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'pot', 'wps', 'et', 'dps'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/rtf': ['rtf'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/bmp': ['bmp'],
  'image/tiff': ['tif', 'tiff'],
  'text/plain': ['txt', 'text', 'md', 'log', 'csv', 'tsv'],
  'text/csv': ['csv', 'tsv', 'txt'],
};
