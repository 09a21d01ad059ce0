import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ErrorDetail } from '../../common/errors/domain-error';
import type { CustomerChanges } from './customer-input';
import { reasonText, type ParsedRow } from './customer-import-row';
import type { CreateCustomerDto } from './dto/create-customer.dto';
import { msg } from '../../common/i18n/msg';

/** Rows checked against the base together: one lookup of their mobiles per thousand. */
export const IMPORT_BATCH = 5000;

/**
 * Rows stored in one transaction, the import's business step: what is committed stays when a
 * later batch fails. Small because on SQLite a transaction holds up every other request
 * while it is open (one connection, and every read of a customer writes its view count).
 * The batch's search terms are not written here but at the import's end, in the index's
 * order (ImportTermRuns, CustomerIndexService.writeImported).
 */
export const STORE_BATCH = 250;

/**
 * Rows read and checked between two turns of the event loop: reading and checking never
 * wait for anything, and would otherwise hold up other requests for seconds.
 */
const ROWS_PER_TURN = 100;

/** A dry run lists at most this many bad rows; the counts stay exact. */
export const MAX_LISTED_ERRORS = 1000;

/** A row that passed every check: its normalised fields, mobile included. */
export interface ValidRow {
  number: number;
  changes: CustomerChanges & { mobile: string; name: string };
  /** the owner the row names; the importer when undefined */
  ownerId?: number;
}

export interface RowError {
  row: number;
  reasons: string[];
}

/** What an import needs from the rest of the module, so that this class only keeps count. */
export interface ImportRunPorts {
  /** CustomerInput.normalize with the import's one dictionary lookup */
  normalize(
    dto: Partial<CreateCustomerDto>,
  ): Promise<{ changes: CustomerChanges; problems: ErrorDetail[] }>;
  /** the id of the owner a row names by user name, or why the row may not name them */
  owner(userName: string): Promise<number | ErrorDetail>;
  /** mobile → code of the customers that already have these numbers */
  holders(mobiles: string[]): Promise<Map<string, string>>;
  /**
   * stores the rows in one transaction (real run); returns those whose number another
   * request took meanwhile, which were not stored
   */
  store?(rows: ValidRow[]): Promise<Map<string, string>>;
  /** writes a refused row to the rejected-rows file (real run) */
  reject?(original: string[], reasons: string[]): Promise<void>;
}

interface Pending {
  parsed: ParsedRow;
  changes: CustomerChanges;
  ownerId?: number;
  problems: ErrorDetail[];
}

/**
 * One import, row by row: memory holds one batch, the first row of each mobile number (to
 * find repeats within the file) and, on a dry run, at most MAX_LISTED_ERRORS errors.
 */
export class ImportRun {
  total = 0;
  valid = 0;
  invalid = 0;
  readonly errors: RowError[] = [];
  errorsTruncated = false;
  private pending: Pending[] = [];
  private readonly firstRowOf = new Map<string, number>();

  constructor(private readonly ports: ImportRunPorts) {}

  async add(parsed: ParsedRow): Promise<void> {
    this.total += 1;
    if (this.total % ROWS_PER_TURN === 0) await nextTurn();
    const { changes, problems: found } = await this.ports.normalize(parsed.dto);
    const problems = [
      ...parsed.problems,
      ...found.filter((problem) => !parsed.problems.some((known) => known.field === problem.field)),
    ];
    let ownerId: number | undefined;
    if (parsed.owner) {
      const owner = await this.ports.owner(parsed.owner);
      if (typeof owner === 'number') ownerId = owner;
      else problems.push(owner);
    }
    if (changes.mobile) {
      const first = this.firstRowOf.get(changes.mobile);
      if (first === undefined) this.firstRowOf.set(changes.mobile, parsed.number);
      else
        problems.push({
          field: 'mobile',
          messages: [msg('customers.import.repeatedInFile', { row: first })],
        });
    }
    this.pending.push({ parsed, changes, ownerId, problems });
    if (this.pending.length >= IMPORT_BATCH) await this.flush();
  }

  async finish(): Promise<void> {
    if (this.pending.length) await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const candidates = batch.filter((row) => !row.problems.length) as (Pending & {
      changes: ValidRow['changes'];
    })[];
    const taken = await this.ports.holders(candidates.map((row) => row.changes.mobile));
    this.markTaken(candidates, taken);
    const valid = candidates.filter((row) => !row.problems.length);
    if (this.ports.store) {
      for (let from = 0; from < valid.length; from += STORE_BATCH) {
        // Other requests get their turn between two transactions.
        await nextTurn();
        const rows = valid.slice(from, from + STORE_BATCH);
        const lost = await this.ports.store(
          rows.map((row) => ({
            number: row.parsed.number,
            changes: row.changes,
            ownerId: row.ownerId,
          })),
        );
        this.markTaken(rows, lost);
        // Counted as committed, so that a failure later reports what stays stored.
        this.valid += rows.length - lost.size;
      }
    } else this.valid += valid.length;
    for (const row of batch) {
      if (!row.problems.length) continue;
      this.invalid += 1;
      const reasons = row.problems.map(reasonText);
      if (this.ports.reject) await this.ports.reject(row.parsed.original, reasons);
      else if (this.errors.length < MAX_LISTED_ERRORS)
        this.errors.push({ row: row.parsed.number, reasons });
      else this.errorsTruncated = true;
    }
  }

  private markTaken(
    rows: (Pending & { changes: ValidRow['changes'] })[],
    holders: Map<string, string>,
  ): void {
    for (const row of rows) {
      const code = holders.get(row.changes.mobile);
      if (code)
        row.problems.push({
          field: 'mobile',
          messages: [msg('customers.import.mobileTaken', { code })],
        });
    }
  }
}
