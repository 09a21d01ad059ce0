import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { ThreadedXlsxWriter } from '../../common/xlsx/threaded-xlsx-writer';
import { ZonedTimestamp } from '../../common/zoned-timestamp';
import { NamedStatement } from '../../database/named-statement';
import { rawColumn } from '../../database/raw-column';
import { AppConfig } from '../../config/app-config';
import type { DictionaryType } from '../dictionary/dictionary-type';
import { DictionaryService } from '../dictionary/dictionary.service';
import { RegionService } from '../dictionary/region.service';
import { describeCustomerFilter } from './customer-filter-audit';
import { CustomerQueryService } from './customer-query.service';
import { CATEGORY_CHOICES, EXPORT_COLUMNS, GENDER_CHOICES, STAGE_CHOICES, type Choice, type ExportKey } from './customer-sheet';
import { CustomersService } from './customers.service';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import type { Customer } from './entities/customer.entity';
import { escapeFormula } from './formula-escape';

/** The customer's columns the export reads. */
const EXPORTED_FIELDS = [
  'id',
  'code',
  'name',
  'mobile',
  'gender',
  'birthday',
  'category',
  'stage',
  'level',
  'statusTag',
  'source',
  'industry',
  'provinceCode',
  'cityCode',
  'createdAt',
] as const;

type RawRow = Record<string, unknown>;

/** Rows per query, and per batch sent to the worker: keyset pages by id, so each costs the same however deep the export is. */
const EXPORT_BATCH = 250;

/** The columns whose text people typed: the ones a formula could hide in. */
const TYPED_TEXT = new Set<ExportKey>(['name', 'level', 'statusTag', 'source', 'industry', 'owner']);

/** The dictionaries whose labels the export shows instead of codes. */
const LABELLED: DictionaryType[] = ['customer_level', 'customer_status', 'source', 'industry'];

/** An export ready to be written: the query is built and checked, nothing is sent yet. */
export interface CustomerExportFile {
  fileName: string;
  /** Streams the workbook into `out` and ends it; audits what left. */
  writeTo(out: Writable): Promise<void>;
}

/** The client went away mid-download: nothing to answer, but the log must say what left. */
class DownloadAborted extends Error {}

/**
 * Customer export (issue point 10, managers only, §3.3): the list's filters, every matching
 * row with its full mobile, written by exceljs' streaming writer one keyset batch at a time.
 */
@Injectable()
export class CustomerExportService {
  private readonly createdAtFormat: ZonedTimestamp;

  constructor(
    private readonly query: CustomerQueryService,
    private readonly customers: CustomersService,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    // `2024-05-01 13:45:00` in the business time zone: sorts as text and reads anywhere.
    this.createdAtFormat = new ZonedTimestamp(config.business.timeZone);
  }

  /** Checks the request (a bad filter is a 400 before any byte of the file is sent). */
  async prepare(principal: Principal, filter: CustomerQueryDto): Promise<CustomerExportFile> {
    // The same rule as the list: an export must not show what the list would refuse.
    this.query.assertMayList(principal, filter);
    // Only the exported columns, read as raw rows: hydrating entities for every row costs
    // more than writing the workbook.
    const query = this.query.filtered(principal, filter).select([...EXPORTED_FIELDS.map((field) => `c.${field}`), 'owner.displayName']);
    const labels = new Map<DictionaryType, Map<string, string>>();
    for (const type of LABELLED) labels.set(type, await this.dictionary.labels(type));
    return {
      fileName: `customers-${this.customers.today().replace(/-/g, '')}.xlsx`,
      writeTo: (out) => this.write(query, labels, filter, out),
    };
  }

  private async write(query: SelectQueryBuilder<Customer>, labels: Map<DictionaryType, Map<string, string>>, filter: CustomerQueryDto, out: Writable) {
    let rows = 0;
    const aborted = new Promise<never>((_resolve, reject) => {
      out.once('close', () => {
        if (!out.writableFinished) reject(new DownloadAborted());
      });
    });
    aborted.catch(() => undefined);
    const writer = new ThreadedXlsxWriter(out, {
      sheetName: '客户',
      widths: EXPORT_COLUMNS.map((column) => column.width),
      header: EXPORT_COLUMNS.map((column) => column.title),
    });
    try {
      const toCells = this.cellPlan(query, labels);
      const idOf = rawColumn(query, 'c', 'id');
      const batch = query.clone().andWhere('c.id > :after').orderBy('c.id', 'ASC').limit(EXPORT_BATCH);
      const next = new NamedStatement(batch.connection, batch.getQuery());
      const values = batch.getParameters();
      for (let after = 0; ; ) {
        const raw = await next.rows({ ...values, after });
        // Waits while the worker or the client is behind: on SQLite the database answers
        // synchronously, and without those waits the whole file would pile up in memory.
        await Promise.race([writer.addRows(raw.map(toCells)), aborted]);
        rows += raw.length;
        if (raw.length < EXPORT_BATCH) break;
        after = Number(idOf(raw[raw.length - 1]));
        if (out.destroyed) throw new DownloadAborted();
      }
      await Promise.race([writer.finish(), aborted]);
      out.end();
      await this.record(filter, rows, 'success');
    } catch (error) {
      await writer.abort();
      await this.record(filter, rows, 'failure').catch(() => undefined);
      out.destroy();
      if (!(error instanceof DownloadAborted)) throw error;
    }
  }

  /**
   * How each column's text is made from a raw row of the export query, worked out once per
   * export: a row then costs one array. Dates are hydrated by the driver (text from SQLite,
   * Date objects from PostgreSQL).
   */
  private cellPlan(query: SelectQueryBuilder<Customer>, labels: Map<DictionaryType, Map<string, string>>): (raw: RawRow) => string[] {
    const text = (field: keyof Customer) => {
      const value = rawColumn(query, 'c', field);
      return (raw: RawRow) => {
        const read = value(raw);
        return read === null ? '' : String(read);
      };
    };
    const choice = (field: keyof Customer, choices: readonly Choice[]) => {
      const value = text(field);
      return (raw: RawRow) => choiceLabel(choices, value(raw));
    };
    const labelled = (field: keyof Customer, type: DictionaryType) => {
      const value = text(field);
      const names = labels.get(type) ?? new Map<string, string>();
      return (raw: RawRow) => {
        const code = value(raw);
        return code ? (names.get(code) ?? code) : '';
      };
    };
    const province = text('provinceCode');
    const city = text('cityCode');
    const birthday = rawColumn(query, 'c', 'birthday');
    const createdAt = rawColumn(query, 'c', 'createdAt');
    const owner = rawColumn(query, 'owner', 'displayName');
    const cell: Record<ExportKey, (raw: RawRow) => string> = {
      code: text('code'),
      name: text('name'),
      // Full number: exporting is a manager's right (§3.3), and the export is audited.
      mobile: text('mobile'),
      gender: choice('gender', GENDER_CHOICES),
      birthday: (raw) => (birthday(raw) as string | null) ?? '',
      category: choice('category', CATEGORY_CHOICES),
      stage: choice('stage', STAGE_CHOICES),
      level: labelled('level', 'customer_level'),
      statusTag: labelled('statusTag', 'customer_status'),
      source: labelled('source', 'source'),
      industry: labelled('industry', 'industry'),
      province: (raw) => {
        const code = province(raw);
        return code ? (this.regions.provinceName(code) ?? code) : '';
      },
      city: (raw) => {
        const code = city(raw);
        return code ? (this.regions.cityName(code) ?? code) : '';
      },
      owner: (raw) => (owner(raw) as string | null) ?? '',
      createdAt: (raw) => this.createdAtFormat.format(createdAt(raw) as Date),
    };
    // Text someone typed (names, dictionary labels) is escaped; codes, digits, dates and the
    // fixed labels cannot start a formula.
    const plan = EXPORT_COLUMNS.map((column) => {
      const make = cell[column.key];
      return TYPED_TEXT.has(column.key) ? (raw: RawRow) => escapeFormula(make(raw)) : make;
    });
    return (raw) => plan.map((make) => make(raw));
  }

  private record(filter: CustomerQueryDto, rows: number, outcome: 'success' | 'failure') {
    return this.audit.record({ action: 'customer.export', outcome, entityType: 'Customer', meta: { filter: describeCustomerFilter(filter), rows } });
  }
}

function choiceLabel(choices: readonly Choice[], code: string): string {
  return choices.find((choice) => choice.code === code)?.label ?? code;
}
