import { createReadStream } from 'node:fs';
import { Open, Parse, type CentralDirectoryFile } from 'unzipper';
import { DomainError } from '../errors/domain-error';
import { msg } from '../i18n/msg';
import { SpreadsheetErrors } from './spreadsheet-errors';
import type { SpreadsheetLimits } from './spreadsheet-limits';
import { XmlSizeScanner, type XmlPartKind } from './xml-size-scanner';

/** Below this an entry's compression ratio says nothing: small XML compresses very well. */
const COMPRESSION_RATIO_FLOOR = 1024 * 1024;

/** The parts exceljs (4.4) parses whole into objects rather than as a stream. */
const STRUCTURE_PARTS = new Set([
  '_rels/.rels',
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/styles.xml',
]);

function partKind(path: string): XmlPartKind | null {
  if (path === 'xl/sharedStrings.xml') return 'sharedStrings';
  if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return 'worksheet';
  if (STRUCTURE_PARTS.has(path) || /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(path))
    return 'other';
  // Pictures, themes, drawings: exceljs only drains them.
  return null;
}

/**
 * Proves that an .xlsx stays within the limits once opened, before exceljs reads it. First
 * the central directory: entry count, declared sizes and compression ratios. Then every
 * entry is inflated from the start of the file, the way exceljs' streaming reader meets
 * them, counting the bytes as they come (a directory can lie) and measuring the XML parts
 * exceljs will parse: cells, shared strings, rows, columns, tags. Memory stays at a chunk
 * or two whatever the file; on the first limit passed, reading stops.
 */
export async function guardXlsxExpansion(path: string, limits: SpreadsheetLimits): Promise<void> {
  const declared = await readDirectory(path, limits);
  const input = createReadStream(path);
  const zip = input.pipe(Parse({ forceStream: true }));
  // An error of the file stream does not travel down the pipe by itself.
  input.on('error', (error) => zip.destroy(error));
  let total = 0;
  try {
    for await (const entry of zip) {
      const known = declared.get(entry.path);
      // An entry the directory does not list is how a zip hides what it holds.
      if (!known) throw SpreadsheetErrors.malformed(msg('spreadsheet.what.missingPart'));
      const kind = entry.type === 'File' ? partKind(entry.path) : null;
      const scanner = kind ? new XmlSizeScanner(kind, limits) : null;
      const maxBytes = kind === 'other' ? limits.maxStructureBytes : limits.maxEntryBytes;
      let inflated = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        total += chunk.length;
        if (total > limits.maxUncompressedBytes)
          throw SpreadsheetErrors.tooLargeUncompressed(
            msg('spreadsheet.what.allParts'),
            limits.maxUncompressedBytes,
          );
        if (inflated > maxBytes)
          throw SpreadsheetErrors.tooLargeUncompressed(
            msg('spreadsheet.what.part', { path: entry.path.slice(0, 80) }),
            maxBytes,
          );
        if (
          inflated > COMPRESSION_RATIO_FLOOR &&
          inflated > known.compressedSize * limits.maxCompressionRatio
        ) {
          throw SpreadsheetErrors.tooCompressed(entry.path, limits.maxCompressionRatio);
        }
        scanner?.write(chunk);
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw SpreadsheetErrors.malformed(msg('spreadsheet.what.damagedZip'));
  } finally {
    input.destroy();
    zip.destroy();
  }
}

/** The central directory by path, after checking what it declares. */
async function readDirectory(
  path: string,
  limits: SpreadsheetLimits,
): Promise<Map<string, CentralDirectoryFile>> {
  const directory = await Open.file(path).catch(() => {
    throw SpreadsheetErrors.malformed(msg('spreadsheet.what.damagedDirectory'));
  });
  if (directory.files.length > limits.maxEntries)
    throw SpreadsheetErrors.malformed(
      msg('spreadsheet.what.tooManyParts', { limit: limits.maxEntries }),
    );
  const byPath = new Map<string, CentralDirectoryFile>();
  let total = 0;
  for (const file of directory.files) {
    // Two entries of one name: which one a reader takes is up to the reader.
    if (byPath.has(file.path))
      throw SpreadsheetErrors.malformed(msg('spreadsheet.what.duplicatePart'));
    byPath.set(file.path, file);
    total += file.uncompressedSize;
    const kind = partKind(file.path);
    const maxBytes = kind === 'other' ? limits.maxStructureBytes : limits.maxEntryBytes;
    if (file.uncompressedSize > maxBytes)
      throw SpreadsheetErrors.tooLargeUncompressed(
        msg('spreadsheet.what.part', { path: file.path.slice(0, 80) }),
        maxBytes,
      );
    if (
      file.uncompressedSize > COMPRESSION_RATIO_FLOOR &&
      file.uncompressedSize > file.compressedSize * limits.maxCompressionRatio
    ) {
      throw SpreadsheetErrors.tooCompressed(file.path, limits.maxCompressionRatio);
    }
  }
  if (total > limits.maxUncompressedBytes)
    throw SpreadsheetErrors.tooLargeUncompressed(
      msg('spreadsheet.what.allParts'),
      limits.maxUncompressedBytes,
    );
  return byPath;
}
