import { once } from 'node:events';
import { setImmediate as nextTick } from 'node:timers/promises';
import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { stream as excelStream } from 'exceljs';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { ZonedTimestamp } from '../../common/zoned-timestamp';
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

const DATE_FIELDS = new Set<string>(['birthday', 'createdAt']);

type ExportedRow = Pick<Customer, (typeof EXPORTED_FIELDS)[number]> & { ownerName: string | null };

/** Rows per query: keyset pages by id, so each costs the same however deep the export is. */
const EXPORT_BATCH = 2000;

/** XML the zip may be behind before the export waits for it. */
const ZIP_BACKLOG = 4 * 1024 * 1024;

/** The coded columns the export shows as labels. */
const LABELLED: [keyof ExportedRow & ExportKey, DictionaryType][] = [
  ['level', 'customer_level'],
  ['statusTag', 'customer_status'],
  ['source', 'source'],
  ['industry', 'industry'],
];

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
    const query = this.query.filtered(filter).select([...EXPORTED_FIELDS.map((field) => `c.${field}`), 'owner.displayName']);
    const labels = new Map<DictionaryType, Map<string, string>>();
    for (const [, type] of LABELLED) labels.set(type, await this.dictionary.labels(type));
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
    try {
      const reader = rawRowReader(query);
      const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
      const sheet = workbook.addWorksheet('客户');
      sheet.columns = EXPORT_COLUMNS.map((column) => ({ width: column.width }));
      sheet.addRow(EXPORT_COLUMNS.map((column) => column.title)).commit();
      for (let after = 0; ; ) {
        const raw = await query.clone().andWhere('c.id > :after', { after }).orderBy('c.id', 'ASC').limit(EXPORT_BATCH).getRawMany();
        for (const customer of raw.map(reader)) sheet.addRow(this.cells(customer, labels)).commit();
        rows += raw.length;
        if (raw.length < EXPORT_BATCH) break;
        after = reader(raw[raw.length - 1]).id;
        // The database answers synchronously on SQLite: without a turn of the event loop the
        // zip and the socket would not run until the end, and the whole file would pile up
        // in memory. Then wait for whatever is behind: the zip, or a slow client.
        await nextTick();
        const zip = zipInput(sheet);
        if (zip && zip._writableState.needDrain && zip._writableState.length > ZIP_BACKLOG) await Promise.race([once(zip, 'drain'), aborted]);
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), aborted]);
        if (out.destroyed) throw new DownloadAborted();
      }
      sheet.commit();
      await Promise.race([workbook.commit(), aborted]);
      await this.record(filter, rows, 'success');
    } catch (error) {
      await this.record(filter, rows, 'failure').catch(() => undefined);
      out.destroy();
      if (!(error instanceof DownloadAborted)) throw error;
    }
  }

  private cells(customer: ExportedRow, labels: Map<DictionaryType, Map<string, string>>): string[] {
    const values: Record<ExportKey, string> = {
      code: customer.code,
      name: customer.name,
      // Full number: exporting is a manager's right (§3.3), and the export is audited.
      mobile: customer.mobile,
      gender: choiceLabel(GENDER_CHOICES, customer.gender),
      birthday: customer.birthday ?? '',
      category: choiceLabel(CATEGORY_CHOICES, customer.category),
      stage: choiceLabel(STAGE_CHOICES, customer.stage),
      level: '',
      statusTag: '',
      source: '',
      industry: '',
      province: customer.provinceCode ? (this.regions.provinceName(customer.provinceCode) ?? customer.provinceCode) : '',
      city: customer.cityCode ? (this.regions.cityName(customer.cityCode) ?? customer.cityCode) : '',
      owner: customer.ownerName ?? '',
      createdAt: this.createdAtFormat.format(customer.createdAt),
    };
    for (const [field, type] of LABELLED) {
      const code = customer[field] as string | null;
      values[field] = code ? (labels.get(type)?.get(code) ?? code) : '';
    }
    return EXPORT_COLUMNS.map((column) => escapeFormula(values[column.key]));
  }

  private record(filter: CustomerQueryDto, rows: number, outcome: 'success' | 'failure') {
    return this.audit.record({ action: 'customer.export', outcome, entityType: 'Customer', meta: { filter: describeCustomerFilter(filter), rows } });
  }
}

/** A stream of the `readable-stream` 2 package, which archiver (under exceljs) uses. */
interface LegacyWritable extends EventEmitter {
  _writableState: { length: number; needDrain: boolean };
}

/**
 * The stream the sheet's XML goes into on its way to the zip's deflate. exceljs (4.4) writes
 * into it without ever waiting, so rows would pile up in memory as fast as they are read;
 * its buffer tells how far the zip is behind. Null if a later exceljs is built differently.
 */
function zipInput(sheet: object): LegacyWritable | null {
  const target = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as Partial<LegacyWritable> | undefined;
  return target?._writableState && typeof target.once === 'function' ? (target as LegacyWritable) : null;
}

/**
 * Reads the raw rows of the export query into typed values. The driver hydrates each column
 * (dates come back as text from SQLite and as Date objects from PostgreSQL).
 */
function rawRowReader(query: SelectQueryBuilder<Customer>): (raw: Record<string, unknown>) => ExportedRow {
  const metadata = query.expressionMap.mainAlias!.metadata;
  const driver = query.connection.driver;
  const columns = EXPORTED_FIELDS.map((field) => {
    const column = metadata.findColumnWithPropertyName(field) as ColumnMetadata;
    // Text and numbers come back as they are; only dates differ between drivers.
    return [field, `c_${column.databaseName}`, DATE_FIELDS.has(field) ? column : null] as const;
  });
  const ownerName = `owner_${metadata.connection.namingStrategy.columnName('displayName', undefined, [])}`;
  return (raw) => {
    const row = { ownerName: (raw[ownerName] as string | null) ?? null } as Record<string, unknown>;
    for (const [field, key, column] of columns) {
      const value = raw[key];
      row[field] = value === null || value === undefined ? null : column ? driver.prepareHydratedValue(value, column) : value;
    }
    return row as ExportedRow;
  };
}

function choiceLabel(choices: readonly Choice[], code: string): string {
  return choices.find((choice) => choice.code === code)?.label ?? code;
}
