import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { assertMayAssignOwner } from '../../access/owner-assignment';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { FileStore } from '../../files/file-store';
import type { ScratchFile } from '../../files/scratch-files';
import { UserAccount } from '../../users/entities/user-account.entity';
import type { DictionaryType } from '../dictionary/dictionary-type';
import { DictionaryService } from '../dictionary/dictionary.service';
import { RegionService } from '../dictionary/region.service';
import { CustomerHistoryService } from './customer-history.service';
import { REJECTED_ROWS_KIND, RejectedRowsWriter } from './customer-import-files';
import {
  ImportRowParser,
  labelMap,
  readHeader,
  type DictionaryLabels,
} from './customer-import-row';
import { ImportRun, type RowError, type ValidRow } from './customer-import-run';
import { buildImportTemplate } from './customer-import-template';
import { CustomerIndexService, type CustomerTerms } from './customer-index.service';
import { ImportTermRuns } from './import-term-runs';
import { CustomerInput } from './customer-input';
import { INSERT_CUSTOMER_ROWS } from './customer-rows-insert.query';
import { searchTermsFor } from './customer-search-terms';
import { CUSTOMERS_BY_MOBILE, MOBILES_PER_LOOKUP } from './customers-by-mobile.query';
import { IMPORT_COLUMNS } from './customer-sheet';
import { CustomerTotals } from './customer-totals';
import { CustomersService } from './customers.service';
import { Customer } from './entities/customer.entity';
import { newCustomerRow } from './new-customer';
import { readSheetRows, sheetKind } from '../../common/spreadsheet/sheet-row-reader';
import { msg } from '../../common/i18n/msg';

/** The uploaded file, as CustomerUpload received it into a scratch file. */
export interface ImportUpload {
  file: ScratchFile;
  originalName: string;
}

export type ImportResult =
  | {
      dryRun: true;
      total: number;
      valid: number;
      invalid: number;
      errors: RowError[];
      errorsTruncated: boolean;
    }
  | {
      dryRun: false;
      total: number;
      imported: number;
      rejected: number;
      rejectedFileId: string | null;
    };

/** A row about to be stored: the customer's row, and its search terms worked out already. */
interface NewCustomer {
  mobile: string;
  row: Partial<Customer>;
  terms: string[];
}

/**
 * Customer import (§3, issue point 9): a spreadsheet read as a stream, each row checked as
 * the API checks a new customer, good rows stored in batches, refused rows handed back as
 * a file with the reasons. The importer becomes the owner of what is imported, unless the
 * row's 跟进人 names a colleague and the importer may transfer customers.
 */
@Injectable()
export class CustomerImportService {
  private readonly logger = new Logger(CustomerImportService.name);

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly service: CustomersService,
    private readonly input: CustomerInput,
    private readonly index: CustomerIndexService,
    private readonly history: CustomerHistoryService,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly totals: CustomerTotals,
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  async template(): Promise<Buffer> {
    const entries = new Map<DictionaryType, { code: string; label: string }[]>();
    for (const type of this.dictionaryTypes()) entries.set(type, await this.dictionary.list(type));
    return buildImportTemplate(entries, this.regions.provinces());
  }

  /** Reads the whole file; stores nothing on a dry run. The upload is removed in every case. */
  async import(principal: Principal, upload: ImportUpload, dryRun: boolean): Promise<ImportResult> {
    try {
      return await this.importFrom(upload.file.path, principal, upload, dryRun);
    } finally {
      await upload.file.remove();
    }
  }

  private async importFrom(
    path: string,
    principal: Principal,
    upload: ImportUpload,
    dryRun: boolean,
  ): Promise<ImportResult> {
    let rejected: RejectedRowsWriter | undefined;
    let run: ImportRun | undefined;
    // The stored customers' terms, until they are written (once, whatever happens next).
    let terms = dryRun ? undefined : new ImportTermRuns();
    try {
      const kind = await sheetKind(path, upload.originalName);
      const lookup = this.input.lookup();
      const labels = await this.labels();
      let parser: ImportRowParser | undefined;
      for await (const row of readSheetRows(path, kind)) {
        if (!parser) {
          // The first row with anything in it holds the titles.
          if (!row.cells.some((cell) => cell.trim())) continue;
          const header = readHeader(row.cells);
          parser = new ImportRowParser(header, labels);
          const titles = header.map((column) => column.title);
          const owners = new Map<string, Promise<number | ErrorDetail>>();
          run = new ImportRun({
            normalize: (dto) => this.input.normalize(dto, lookup),
            owner: (userName) => {
              // Once per name: a file names the same few colleagues on every row.
              if (!owners.has(userName)) owners.set(userName, this.owner(principal, userName));
              return owners.get(userName) as Promise<number | ErrorDetail>;
            },
            holders: (mobiles) => this.holders(mobiles),
            ...(dryRun
              ? {}
              : {
                  store: (rows) => this.store(principal, rows, terms as ImportTermRuns),
                  reject: async (original, reasons) => {
                    rejected ??= await RejectedRowsWriter.open(titles);
                    rejected.add(original, reasons);
                  },
                }),
          });
          continue;
        }
        const parsed = parser.parse(row);
        if (parsed && run) await run.add(parsed);
      }
      if (!run) {
        throw DomainError.badRequest(
          msg('customers.import.empty'),
          [{ field: 'file', messages: [msg('customers.import.emptyDetail')] }],
          'IMPORT_EMPTY',
        );
      }
      await run.finish();
      const stored = terms;
      terms = undefined;
      if (stored) await this.writeTerms(stored);
      const written = rejected;
      rejected = undefined;
      const rejectedFileId = written
        ? await written.store(this.files, principal.id, this.clock.now())
        : null;
      await this.recordImport(upload, dryRun, run, 'success');
      return dryRun
        ? {
            dryRun,
            total: run.total,
            valid: run.valid,
            invalid: run.invalid,
            errors: run.errors,
            errorsTruncated: run.errorsTruncated,
          }
        : { dryRun, total: run.total, imported: run.valid, rejected: run.invalid, rejectedFileId };
    } catch (error) {
      await rejected?.discard();
      const stored = terms;
      terms = undefined;
      if (stored) await this.writeTerms(stored);
      if (!run || dryRun || run.valid === 0) throw error;
      // Batches stored before the failure stay stored: the log and the importer must know.
      await this.recordImport(upload, dryRun, run, 'failure').catch(() => undefined);
      if (error instanceof DomainError && error.code === 'UNREADABLE_FILE') {
        throw DomainError.badRequest(
          msg('customers.import.unreadableAfterRows', { reason: error.text, valid: run.valid }),
          [{ field: 'file', messages: [msg('customers.import.unreadableAfterRowsDetail')] }],
          'UNREADABLE_FILE',
        );
      }
      throw error;
    }
  }

  /**
   * The terms of the customers stored, after the last batch (or a failure: what was committed
   * stays, and is found). Should this fail, the customers keep their backlog rows and the
   * search-backlog job writes their terms.
   */
  private async writeTerms(terms: ImportTermRuns): Promise<void> {
    const started = Date.now();
    try {
      await this.index.writeImported(terms);
      this.logger.log(
        `import: search terms of ${terms.customerIds.length} customers written in ${Date.now() - started} ms`,
      );
    } catch (error) {
      this.logger.warn(
        `import: search terms of ${terms.customerIds.length} customers left to the backlog job (${(error as Error).name})`,
      );
    } finally {
      await terms.dispose();
    }
  }

  /** The rejected rows of one of the user's own imports, from whichever replica ran it. */
  async rejectedFile(principal: Principal, fileId: string): Promise<Readable> {
    const file = await this.files.get(fileId);
    // Another user's file is as absent as one that never was.
    if (!file || file.kind !== REJECTED_ROWS_KIND || file.ownerId !== principal.id) {
      throw DomainError.notFound(msg('customers.import.rejectedFile'), fileId);
    }
    return (await this.files.stream(fileId)).stream;
  }

  private dictionaryTypes(): DictionaryType[] {
    return IMPORT_COLUMNS.flatMap((column) => (column.dictionary ? [column.dictionary] : []));
  }

  private async labels(): Promise<DictionaryLabels> {
    const labels: DictionaryLabels = new Map();
    for (const type of this.dictionaryTypes())
      labels.set(type, labelMap(await this.dictionary.list(type)));
    return labels;
  }

  /**
   * The owner a row names, by user name (the login: display names repeat and change). Naming
   * someone else is a transfer and follows its rule (assertMayAssignOwner), row by row.
   */
  private async owner(principal: Principal, userName: string): Promise<number | ErrorDetail> {
    const user = await this.customers.manager
      .getRepository(UserAccount)
      .findOne({ select: { id: true, status: true }, where: { username: userName } });
    if (!user || user.status === 'disabled') {
      return {
        field: 'owner',
        messages: [
          `no active user has the user name "${userName.slice(0, 64)}": give the login of a colleague, or leave it empty to own the customer yourself`,
        ],
      };
    }
    try {
      assertMayAssignOwner(principal, user.id);
    } catch (error) {
      if (error instanceof DomainError) return { field: 'owner', messages: [error.message] };
      throw error;
    }
    return user.id;
  }

  /** mobile → code of the customers that have these numbers. */
  private async holders(mobiles: string[], manager?: EntityManager): Promise<Map<string, string>> {
    const found = await this.byMobile(mobiles, manager);
    return new Map([...found].map(([mobile, customer]) => [mobile, customer.code]));
  }

  private async byMobile(
    mobiles: string[],
    manager = this.customers.manager,
  ): Promise<Map<string, { id: number; code: string }>> {
    const found = new Map<string, { id: number; code: string }>();
    for (let from = 0; from < mobiles.length; from += MOBILES_PER_LOOKUP) {
      const part = mobiles.slice(from, from + MOBILES_PER_LOOKUP);
      for (const customer of await CUSTOMERS_BY_MOBILE.rows(manager, { mobiles: part }))
        found.set(customer.mobile, customer);
    }
    return found;
  }

  /**
   * One batch (ImportRun's STORE_BATCH rows) in one transaction. Codes are drawn first, as
   * one block in the sequence's own short transaction, as for a single creation; search terms
   * are worked out before the transaction too, so that it holds only the writes. A number
   * another request took since the batch was checked fails the insert: those rows are set
   * aside and the rest tried again.
   */
  private async store(
    principal: Principal,
    rows: ValidRow[],
    terms: ImportTermRuns,
  ): Promise<Map<string, string>> {
    const codes = await this.service.nextCodes(rows.length);
    let pending = rows.map((row, i): NewCustomer => {
      const customer = newCustomerRow(row.changes, {
        code: codes[i],
        ownerId: row.ownerId ?? principal.id,
        createdById: principal.id,
      });
      const { mobile, name, otherPhones } = row.changes;
      const terms = searchTermsFor({
        code: codes[i],
        name,
        mobile,
        otherPhones: otherPhones ?? null,
      });
      return { mobile, row: customer, terms };
    });
    const lost = new Map<string, string>();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const stored = await this.customers.manager.transaction((m) => this.insert(m, pending));
        // Again after the commit: a list counted while the batch was open saw the old total.
        this.totals.clear();
        for (const customer of stored) await terms.add(customer.customerId, customer.terms);
        return lost;
      } catch (error) {
        if (!(error instanceof QueryFailedError) || attempt >= 3) throw error;
        const taken = await this.holders(pending.map(({ mobile }) => mobile));
        if (!taken.size) throw error;
        taken.forEach((code, mobile) => lost.set(mobile, code));
        pending = pending.filter(({ mobile }) => !taken.has(mobile));
        if (!pending.length) return lost;
      }
    }
  }

  /**
   * The rows through statements built once, many rows each; their ids read back by mobile.
   * Answers each customer's terms, which the import writes at its end.
   */
  private async insert(m: EntityManager, customers: NewCustomer[]): Promise<CustomerTerms[]> {
    await INSERT_CUSTOMER_ROWS.run(
      m,
      customers.map(({ row }) => row),
    );
    const saved = await this.byMobile(
      customers.map(({ mobile }) => mobile),
      m,
    );
    const idOf = (mobile: string) => {
      const id = saved.get(mobile)?.id;
      if (id === undefined) throw new Error('an imported customer was not found after its insert');
      return id;
    };
    const stored = customers.map(({ mobile, terms }) => ({ customerId: idOf(mobile), terms }));
    await this.index.storeImported(m, stored);
    await this.history.recordMany(
      m,
      customers.map(({ mobile, row }) => ({
        customerId: idOf(mobile),
        before: {},
        after: row as Customer,
      })),
    );
    return stored;
  }

  /** Counts and the file's name only: the rows are personal data and stay out of the log. */
  private recordImport(
    upload: ImportUpload,
    dryRun: boolean,
    run: ImportRun,
    outcome: 'success' | 'failure',
  ) {
    return this.audit.record({
      action: 'customer.import',
      outcome,
      entityType: 'Customer',
      meta: {
        fileName: upload.originalName.slice(0, 200),
        total: run.total,
        imported: dryRun ? 0 : run.valid,
        rejected: run.invalid,
        dryRun,
      },
    });
  }
}
