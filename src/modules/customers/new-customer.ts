import type { CustomerChanges } from './customer-input';
import type { Customer } from './entities/customer.entity';

/** What the system sets on a new customer, never the person typing: its code and its people. */
export interface NewCustomerPlacement {
  code: string;
  ownerId: number;
  createdById: number;
  introducerId?: number | null;
}

/**
 * A new customer's row, the same whether it was typed in a form (CustomersService.create) or
 * read from a sheet (the import): what was given, and for what was left out an unknown
 * gender, a prospect without a stage, and nothing else. Every column is named, so that an
 * import's multi-row INSERT gives each row the same columns.
 */
export function newCustomerRow(
  changes: CustomerChanges,
  placement: NewCustomerPlacement,
): Partial<Customer> {
  return {
    gender: 'unknown',
    birthday: null,
    otherPhones: null,
    wechat: null,
    email: null,
    provinceCode: null,
    cityCode: null,
    company: null,
    industry: null,
    position: null,
    companySize: null,
    education: null,
    jobSituation: null,
    category: 'prospect',
    stage: 'none',
    level: null,
    source: null,
    statusTag: null,
    care: null,
    marketingOptOut: false,
    notes: null,
    lastContactAt: null,
    ...changes,
    code: placement.code,
    ownerId: placement.ownerId,
    createdById: placement.createdById,
    introducerId: placement.introducerId ?? null,
    deletedAt: null,
    erasedAt: null,
    goldImoAt: null,
    goldImoById: null,
  };
}
