/**
 * How far an uploaded spreadsheet may expand once read. A zip is small on the wire but may
 * inflate a thousandfold, and exceljs keeps the shared strings and the parts it parses whole
 * in memory: these bounds keep an import within its memory budget (the server stays under
 * 300 MB) whatever the file holds. Each is checked before reading (the zip's directory) and
 * again while the inflated bytes stream by, since a directory can lie.
 */
export interface SpreadsheetLimits {
  /** all the zip's entries together, inflated */
  maxUncompressedBytes: number;
  /** one worksheet or the shared strings, inflated (about 1 KB per row of the template) */
  maxEntryBytes: number;
  /** the parts exceljs parses whole into objects (workbook, relationships, styles) */
  maxStructureBytes: number;
  /** inflated ÷ compressed, for entries past COMPRESSION_RATIO_FLOOR */
  maxCompressionRatio: number;
  /** entries in the zip (a workbook has a dozen or so) */
  maxEntries: number;
  /** strings in the shared-strings table (kept in memory while the sheet is read) */
  maxSharedStrings: number;
  /** characters of all shared strings together */
  maxSharedStringChars: number;
  /** characters of one cell: Excel's own limit */
  maxCellChars: number;
  /** rows of a worksheet or a CSV, the title row included */
  maxRows: number;
  /** cells of a row */
  maxColumns: number;
  /** one XML tag with its attributes (nothing legitimate comes near) */
  maxTagBytes: number;
  /** one CSV record, all its cells and separators */
  maxCsvRecordBytes: number;
}

const MB = 1024 * 1024;

/**
 * Room for the 100,000 rows a 30 MB upload holds. Measured: a bomb of either kind is
 * refused with the test process' heap growing by a few MB.
 */
export const DEFAULT_SPREADSHEET_LIMITS: Readonly<SpreadsheetLimits> = {
  maxUncompressedBytes: 256 * MB,
  maxEntryBytes: 160 * MB,
  maxStructureBytes: 4 * MB,
  maxCompressionRatio: 100,
  maxEntries: 1000,
  maxSharedStrings: 600_000,
  maxSharedStringChars: 20_000_000,
  maxCellChars: 32_767,
  maxRows: 100_001,
  maxColumns: 100,
  maxTagBytes: 64 * 1024,
  maxCsvRecordBytes: 64 * 1024,
};
