import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
import { REJECTED_ROWS_KIND, RejectedRowsWriter } from './customer-import-files';
import {
  ImportRowParser,
  labelMap,
  readHeader,
  type DictionaryLabels,
} from './customer-import-row';
import { CustomerImportBatches } from './customer-import-batches';
import { ImportRun, type RowError } from './customer-import-run';
import { buildImportTemplate } from './customer-import-template';
import { ImportTermRuns } from './import-term-runs';
import { CustomerInput } from './customer-input';
import { IMPORT_COLUMNS } from './customer-sheet';
import { Customer } from './entities/customer.entity';
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

/**
 * Customer import (§3, issue point 9): a spreadsheet read as a stream, each row checked as
 * the API checks a new customer, good rows stored in batches, refused rows handed back as
 * a file with the reasons. The importer becomes the owner of what is imported, unless the
 * row's 跟进人 names a colleague and the importer may transfer customers.
 */
@Injectable()
export class CustomerImportService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly batches: CustomerImportBatches,
    private readonly input: CustomerInput,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
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
            holders: (mobiles) => this.batches.holders(mobiles),
            ...(dryRun
              ? {}
              : {
                  store: (rows) => this.batches.store(principal, rows, terms as ImportTermRuns),
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
      if (stored) await this.batches.writeTerms(stored);
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
      if (stored) await this.batches.writeTerms(stored);
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
        messages: [msg('customers.import.ownerUnknown', { userName: userName.slice(0, 64) })],
      };
    }
    try {
      assertMayAssignOwner(principal, user.id);
    } catch (error) {
      if (error instanceof DomainError) return { field: 'owner', messages: [error.text] };
      throw error;
    }
    return user.id;
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
