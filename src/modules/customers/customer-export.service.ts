import { BusinessCalendar } from '../../common/calendar/business-calendar';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral } from 'typeorm';
import type { Principal } from '../../access/principal';
import { maskPhone } from '../../common/phone/mobile-number';
import { AuditService } from '../../audit/audit.service';
import { ThreadedXlsxWriter } from '../../common/spreadsheet/threaded-xlsx-writer';
import { ZonedTimestamp } from '../../common/calendar/zoned-timestamp';
import type { PreparedStatement } from '../../database/prepared-statement';
import { AppConfig } from '../../config/app-config';
import type { DictionaryType } from '../dictionary/dictionary-type';
import { DictionaryService } from '../dictionary/dictionary.service';
import { RegionService } from '../dictionary/region.service';
import { CUSTOMER_EXPORT_BATCH, EXPORT_BATCH } from './customer-export-batch.query';
import { describeCustomerFilter } from './customer-filter-audit';
import { CustomerQueryService } from './customer-query.service';
import { IMPORT_COLUMNS, headerTitle, type Choice, type ImportColumn } from './customer-sheet';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import type { Customer } from './entities/customer.entity';
import { escapeFormula } from '../../common/spreadsheet/formula-escape';

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
 * row in the import template's columns (phones as the list shows them to the user), written
 * by exceljs' streaming writer one keyset batch at a time.
 */
@Injectable()
export class CustomerExportService {
  private readonly createdAtFormat: ZonedTimestamp;

  constructor(
    private readonly query: CustomerQueryService,
    private readonly calendar: BusinessCalendar,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    // `2024-05-01 13:45:00` in the business time zone: sorts as text and reads anywhere.
    this.createdAtFormat = new ZonedTimestamp(config.business.timeZone);
  }

  /** Checks the request (a bad filter is a 400 before any byte of the file is sent). */
  async prepare(principal: Principal, filter: CustomerQueryDto): Promise<CustomerExportFile> {
    // The same rule as the list: an export must not show what the list would refuse.
    this.query.assertMayList(principal, filter);
    const values = this.query.filterValues(principal, filter);
    const path = await this.query.searchPath(values);
    const batches = CUSTOMER_EXPORT_BATCH.on(this.dataSource, { filter, values, path });
    const labels = new Map<DictionaryType, Map<string, string>>();
    for (const column of IMPORT_COLUMNS) {
      if (column.dictionary)
        labels.set(
          column.dictionary,
          importableLabels(await this.dictionary.labels(column.dictionary)),
        );
    }
    return {
      fileName: `customers-${this.calendar.today().date.replace(/-/g, '')}.xlsx`,
      writeTo: (out) =>
        this.write(
          batches,
          values,
          labels,
          this.query.phoneDigits(principal) === 'all',
          filter,
          out,
        ),
    };
  }

  private async write(
    batches: PreparedStatement<ObjectLiteral, Customer>,
    values: ObjectLiteral,
    labels: Map<DictionaryType, Map<string, string>>,
    revealPhones: boolean,
    filter: CustomerQueryDto,
    out: Writable,
  ) {
    let rows = 0;
    const aborted = new Promise<never>((_resolve, reject) => {
      out.once('close', () => {
        if (!out.writableFinished) reject(new DownloadAborted());
      });
    });
    aborted.catch(() => undefined);
    const writer = new ThreadedXlsxWriter(out, {
      sheetName: '客户',
      widths: IMPORT_COLUMNS.map((column) => column.width),
      header: IMPORT_COLUMNS.map(headerTitle),
    });
    try {
      const toCells = this.cellPlan(labels, revealPhones);
      for (let after = 0; ;) {
        const customers = await batches.rows(undefined, { ...values, after });
        // Waits while the worker or the client is behind: on SQLite the database answers
        // synchronously, and without those waits the whole file would pile up in memory.
        await Promise.race([writer.addRows(customers.map(toCells)), aborted]);
        rows += customers.length;
        if (customers.length < EXPORT_BATCH) break;
        after = Number(customers[customers.length - 1].id);
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
   * How each column's text is made from a customer read by the export query, worked out once
   * per export: a row then costs one array. Each cell holds what the import reads back into the
   * same field: labels for coded columns, codes for regions, the owner's user name.
   */
  private cellPlan(
    labels: Map<DictionaryType, Map<string, string>>,
    revealPhones: boolean,
  ): (customer: Customer) => string[] {
    // Phones as the list shows them to this user: a file must not reveal what the screen hides.
    const phone = revealPhones ? (text: string) => text : (text: string) => maskPhone(text) ?? '';
    const cellOf = (column: ImportColumn): ((customer: Customer) => string) => {
      if (column.field === 'owner') return (customer) => customer.owner?.username ?? '';
      const field = column.field;
      if (field === 'otherPhones')
        return (customer) => (customer.otherPhones ?? []).map(phone).join(', ');
      const text = (customer: Customer) => {
        const read: unknown = customer[field];
        return read === null || read === undefined ? '' : String(read);
      };
      if (column.choices) {
        const choices = column.choices;
        return (customer) => choiceLabel(choices, text(customer));
      }
      if (column.dictionary) {
        const names = labels.get(column.dictionary) ?? new Map<string, string>();
        return (customer) => {
          const code = text(customer);
          return names.get(code) ?? code;
        };
      }
      if (column.field === 'mobile') return (customer) => phone(text(customer));
      return text;
    };
    // Every cell escaped: names, notes and labels are typed by people, and another phone may
    // start with "+". The import takes the quote off again.
    const plan = IMPORT_COLUMNS.map(cellOf);
    return (customer) => plan.map((make) => escapeFormula(make(customer)));
  }

  private record(filter: CustomerQueryDto, rows: number, outcome: 'success' | 'failure') {
    return this.audit.record({
      action: 'customer.export',
      outcome,
      entityType: 'Customer',
      meta: { filter: describeCustomerFilter(filter), rows },
    });
  }
}

/**
 * Code → label for the labels the import reads back as that code; a label two entries share
 * would be read as neither, so those codes are written as codes.
 */
function importableLabels(labels: Map<string, string>): Map<string, string> {
  const uses = new Map<string, number>();
  for (const label of labels.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  return new Map([...labels].filter(([, label]) => uses.get(label) === 1));
}

function choiceLabel(choices: readonly Choice[], code: string): string {
  return choices.find((choice) => choice.code === code)?.label ?? code;
}
