import { open, type FileHandle } from 'node:fs/promises';

/** Bytes read from a run's file at a time: ~4,000 rows (an import merges ~75 runs at once). */
const BLOCK_BYTES = 64 * 1024;

/**
 * One sorted run of ImportTermRuns, read a row at a time from blocks: `line` is the current
 * row, `step()` moves within the block read, and only `advance()` (when `step()` answers
 * false) waits for the file. Rows are `term 0000000042`, ASCII, one a line.
 */
export class RunSource {
  line = '';
  private lines: string[] = [];
  private at = -1;
  /** the start of a row cut by the end of the last block */
  private rest = '';

  private constructor(private readonly file: FileHandle | undefined) {}

  /** A run still in memory, already sorted. */
  static inMemory(rows: string[]): RunSource {
    const source = new RunSource(undefined);
    source.lines = rows;
    return source;
  }

  static async open(path: string): Promise<RunSource> {
    return new RunSource(await open(path, 'r'));
  }

  /** The next row of the block read; false when there is none (then `advance()`). */
  step(): boolean {
    this.at += 1;
    if (this.at >= this.lines.length) return false;
    this.line = this.lines[this.at];
    return true;
  }

  /** The next row, reading the next block when needed; false at the end of the run. */
  async advance(): Promise<boolean> {
    if (this.step()) return true;
    while (this.file) {
      const block = Buffer.allocUnsafe(BLOCK_BYTES);
      const { bytesRead } = await this.file.read(block, 0, BLOCK_BYTES, null);
      if (bytesRead === 0) break;
      const lines = (this.rest + block.toString('latin1', 0, bytesRead)).split('\n');
      this.rest = lines.pop() as string;
      if (!lines.length) continue;
      this.lines = lines;
      this.at = -1;
      return this.step();
    }
    if (!this.rest) return false;
    // The last row of a file without its final newline.
    this.lines = [this.rest];
    this.rest = '';
    this.at = -1;
    return this.step();
  }

  async close(): Promise<void> {
    await this.file?.close();
  }
}
