import type { SpreadsheetLimits } from './spreadsheet-limits';
import { msg } from '../i18n/msg';
import { SpreadsheetErrors } from './spreadsheet-errors';

/** What an XML part of a workbook holds, for the counts that apply to it. */
export type XmlPartKind = 'sharedStrings' | 'worksheet' | 'other';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const COLON = 0x3a;
const LOWER_D = 0x64;
/** What ends a tag's name: white space, `/`, `>`. */
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, SLASH, 0x3e]);
/** Enough of a tag's start to know its name (`si`, `row`, `c`, `!DOCTYPE`, with a prefix). */
const NAME_BYTES = 16;

/**
 * Measures an XML part of an .xlsx as its inflated bytes stream by, without building it:
 * the characters of each cell (a shared string `<si>` or a worksheet cell `<c>`), the number
 * of shared strings and their characters, rows and cells per row, and the length of every tag
 * and text run, so that the parser that reads the part afterwards never meets anything
 * larger. Characters are counted as UTF-8 sequences, an entity such as `&amp;` by its letters
 * (a slight overcount that can only err on the safe side).
 */
export class XmlSizeScanner {
  sharedStrings = 0;
  sharedStringChars = 0;
  rows = 0;
  private cellsInRow = 0;
  private inTag = false;
  private tagBytes = 0;
  /** The first bytes of the current tag, enough to tell its name. */
  private readonly name = new Uint8Array(NAME_BYTES);
  private nameLength = 0;
  private lastTagByte = 0;
  private inCell = false;
  private cellChars = 0;

  constructor(
    private readonly kind: XmlPartKind,
    private readonly limits: SpreadsheetLimits,
  ) {}

  write(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.inTag) {
        const end = chunk.indexOf(GT, i);
        const stop = end < 0 ? chunk.length : end;
        for (let j = i; j < stop && this.nameLength < NAME_BYTES; j += 1)
          this.name[this.nameLength++] = chunk[j];
        this.tagBytes += stop - i;
        if (this.tagBytes > this.limits.maxTagBytes)
          throw SpreadsheetErrors.malformed(msg('spreadsheet.what.unusualTag'));
        if (stop > i) this.lastTagByte = chunk[stop - 1];
        if (end < 0) return;
        this.closeTag();
        i = end + 1;
        continue;
      }
      const start = chunk.indexOf(LT, i);
      const stop = start < 0 ? chunk.length : start;
      this.text(chunk, i, stop);
      if (start < 0) return;
      this.inTag = true;
      this.tagBytes = 0;
      this.nameLength = 0;
      this.lastTagByte = 0;
      i = start + 1;
    }
  }

  private text(chunk: Buffer, from: number, to: number): void {
    let chars = 0;
    // A byte 10xxxxxx continues a character begun before it.
    for (let j = from; j < to; j += 1) if ((chunk[j] & 0xc0) !== 0x80) chars += 1;
    if (!chars) return;
    this.cellChars += chars;
    if (this.cellChars > this.limits.maxCellChars)
      throw SpreadsheetErrors.cellTooLong(this.limits.maxCellChars);
    if (this.kind === 'sharedStrings' && this.inCell) {
      this.sharedStringChars += chars;
      if (this.sharedStringChars > this.limits.maxSharedStringChars) {
        throw SpreadsheetErrors.sheetTooLarge(
          msg('spreadsheet.what.sharedStringChars'),
          this.limits.maxSharedStringChars,
        );
      }
    }
  }

  private closeTag(): void {
    this.inTag = false;
    // Byte by byte, without making strings: a worksheet has millions of tags.
    const closing = this.name[0] === SLASH;
    if (this.name[0] === BANG && (this.name[1] | 0x20) === LOWER_D)
      throw SpreadsheetErrors.malformed(msg('spreadsheet.what.doctype'));
    const name = this.localName(closing ? 1 : 0);
    const selfClosing = this.lastTagByte === SLASH;
    if (closing) {
      if (
        (name === 'si' && this.kind === 'sharedStrings') ||
        (name === 'c' && this.kind === 'worksheet')
      )
        this.inCell = false;
    } else if (name === 'si' && this.kind === 'sharedStrings') {
      this.sharedStrings += 1;
      if (this.sharedStrings > this.limits.maxSharedStrings)
        throw SpreadsheetErrors.sheetTooLarge(
          msg('spreadsheet.what.sharedStrings'),
          this.limits.maxSharedStrings,
        );
      this.startCell(selfClosing);
    } else if (name === 'row' && this.kind === 'worksheet') {
      this.rows += 1;
      if (this.rows > this.limits.maxRows)
        throw SpreadsheetErrors.sheetTooLarge(msg('spreadsheet.what.rows'), this.limits.maxRows);
      this.cellsInRow = 0;
    } else if (name === 'c' && this.kind === 'worksheet') {
      this.cellsInRow += 1;
      if (this.cellsInRow > this.limits.maxColumns)
        throw SpreadsheetErrors.sheetTooLarge(
          msg('spreadsheet.what.columns'),
          this.limits.maxColumns,
        );
      this.startCell(selfClosing);
    }
    // Outside a cell every text run is measured on its own.
    if (!this.inCell) this.cellChars = 0;
  }

  /** `si`, `row`, `c` or '' for any other tag, with a namespace prefix (`x:c`) ignored. */
  private localName(from: number): string {
    let start = from;
    let end = from;
    while (end < this.nameLength && !NAME_END.has(this.name[end])) {
      if (this.name[end] === COLON) start = end + 1;
      end += 1;
    }
    const length = end - start;
    const at = (k: number) => this.name[start + k];
    if (length === 1 && at(0) === 0x63) return 'c';
    if (length === 2 && at(0) === 0x73 && at(1) === 0x69) return 'si';
    if (length === 3 && at(0) === 0x72 && at(1) === 0x6f && at(2) === 0x77) return 'row';
    return '';
  }

  private startCell(selfClosing: boolean): void {
    this.inCell = !selfClosing;
    this.cellChars = 0;
  }
}
