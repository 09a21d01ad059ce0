/** The media type of an .xlsx workbook, for downloads and their OpenAPI description. */
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
