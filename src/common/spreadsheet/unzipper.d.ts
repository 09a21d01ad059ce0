/** The part of unzipper 0.10 (which ships no types) the spreadsheet guard uses. */
declare module 'unzipper' {
  import type { Duplex, PassThrough } from 'node:stream';

  /** An entry of the zip's central directory: what the file declares. */
  export interface CentralDirectoryFile {
    path: string;
    type: 'File' | 'Directory';
    compressedSize: number;
    uncompressedSize: number;
  }

  export interface CentralDirectory {
    numberOfRecords: number;
    files: CentralDirectoryFile[];
  }

  /** An entry met while streaming the zip from its start, as exceljs reads it: its inflated bytes. */
  export interface Entry extends PassThrough {
    path: string;
    type: 'File' | 'Directory';
    vars: { compressedSize: number; uncompressedSize: number; compressionMethod: number };
    autodrain(): unknown;
  }

  export const Open: {
    file(path: string): Promise<CentralDirectory>;
  };

  /** With `forceStream`, a stream of entries. */
  export function Parse(options: { forceStream: true }): Duplex & AsyncIterable<Entry>;
}
