import { createHash } from 'node:crypto';

/** The size of a chunk row, and of the pieces every content store is handed. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Measures bytes as they pass: counts them, hashes them, keeps the first chunk for the
 * type sniffer, and hands them on in pieces of CHUNK_BYTES. Past the limit it throws at
 * once, so nothing beyond the limit is ever read, let alone held.
 */
export class FileMeter {
  size = 0;
  /** the first chunk: enough for every signature the sniffer knows */
  head: Buffer = Buffer.alloc(0);
  private readonly hash = createHash('sha256');

  constructor(
    private readonly maxBytes: number,
    private readonly tooLarge: () => Error,
  ) {}

  async *chunks(
    source: AsyncIterable<Buffer | string | Uint8Array> | Iterable<Buffer>,
  ): AsyncGenerator<Buffer> {
    let held: Buffer[] = [];
    let heldBytes = 0;
    for await (const piece of source) {
      const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
      this.size += bytes.length;
      if (this.size > this.maxBytes) throw this.tooLarge();
      this.hash.update(bytes);
      held.push(bytes);
      heldBytes += bytes.length;
      while (heldBytes >= CHUNK_BYTES) {
        // Views, not copies, of a large piece: a 30 MB buffer is cut, not copied 120 times.
        const all = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
        const rest = all.subarray(CHUNK_BYTES);
        held = rest.length ? [rest] : [];
        heldBytes = rest.length;
        yield this.kept(all.subarray(0, CHUNK_BYTES));
      }
    }
    if (heldBytes) yield this.kept(held.length === 1 ? held[0] : Buffer.concat(held, heldBytes));
  }

  /** hex SHA-256 of everything that passed; call once, after the last chunk */
  digest(): string {
    return this.hash.digest('hex');
  }

  private kept(chunk: Buffer): Buffer {
    if (!this.head.length) this.head = chunk;
    return chunk;
  }
}
