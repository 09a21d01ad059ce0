import { maskPhone } from '../../common/phone/mobile-number';
import type { CustomerSummaryView } from './customer-summary.view';
import type { Customer } from './entities/customer.entity';

/** What a customer's summary is made from: the columns its reads select. */
export type CustomerSummaryRow = Pick<
  Customer,
  'id' | 'code' | 'name' | 'mobile' | 'ownerId' | 'deletedAt'
>;

/**
 * A customer as other records show it beside themselves (CustomerSummaryView), whether read by
 * id (CustomersApi.summaries) or joined to a busy page of them (the to-do's plans): the
 * columns to select under an alias, and the view made of them, the mobile masked here only.
 */
export class CustomerSummaryColumns {
  /** The selection of a prepared read, for the customer read or joined as `alias`. */
  static fields(alias: string) {
    return ['id', 'code', 'name', 'mobile', 'ownerId', 'deletedAt'].map(
      (property) => `${alias}.${property}`,
    );
  }

  /** A joined customer's row leaves out the columns that are null: they are null here. */
  static view(row: CustomerSummaryRow): CustomerSummaryView {
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      mobile: maskPhone(row.mobile ?? null),
      ownerId: row.ownerId ?? null,
      deleted: (row.deletedAt ?? null) !== null,
    };
  }
}
