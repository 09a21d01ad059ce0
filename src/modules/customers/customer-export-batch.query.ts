import { customerFilterShape } from './customer-filter-shape';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { customerFilterQuery } from './customer-filter-query';
import type { CustomerListShape } from './customer-list-page.query';
import { IMPORT_COLUMNS } from './customer-sheet';
import { Customer } from './entities/customer.entity';

/** Rows per query, and per batch sent to the worker: keyset pages by id, so each costs the same however deep the export is. */
export const EXPORT_BATCH = 250;

/**
 * One keyset page of an export (`:after` the last id read): the list's filters, and only the
 * customer's columns of the import template, the id to page by and the owner's user name, read
 * into plain objects (hydrating entities for every row costs more than writing the workbook).
 * Built once per shape, the filters present; the page and order do not vary.
 */
export const CUSTOMER_EXPORT_BATCH = new PreparedQueryShapes<CustomerListShape, Customer>(
  customerFilterShape,
  (source, { filter, values, path }) =>
    customerFilterQuery(source.getRepository(Customer), filter, values, true, path)
      .select([
        'c.id',
        ...IMPORT_COLUMNS.flatMap((column) =>
          column.field === 'owner' ? [] : [`c.${column.field}`],
        ),
        'owner.username',
      ])
      .andWhere('c.id > :after')
      .orderBy('c.id', 'ASC')
      .limit(EXPORT_BATCH),
);
