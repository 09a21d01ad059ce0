import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { operations } from '../../api/schema';

type ReceivableQuery = NonNullable<operations['ReceivablesController_list']['parameters']['query']>;

/** The receivables list's filters as the screen holds them and the URL keeps them. */
export interface ReceivableFilters {
  status: ReceivableQuery['status'] | '';
  overdue: boolean;
  customerId: number | null;
  /** `YYYY-MM-DD`, enrolled on or after */
  from: string | null;
  /** `YYYY-MM-DD`, enrolled on or before */
  to: string | null;
}

const one = (value: LocationQuery[string]) => (Array.isArray(value) ? value[0] : value) ?? '';

/** Reads, writes and asks the API with the filters: one place for their three shapes. */
export const receivableFilters = {
  fromUrl(query: LocationQuery): ReceivableFilters {
    return {
      status: one(query.status) as ReceivableFilters['status'],
      overdue: one(query.overdue) === 'true',
      customerId: Number(one(query.customerId)) || null,
      from: one(query.from) || null,
      to: one(query.to) || null,
    };
  },
  toUrl(filters: ReceivableFilters): LocationQueryRaw {
    return {
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.overdue ? { overdue: 'true' } : {}),
      ...(filters.customerId ? { customerId: String(filters.customerId) } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    };
  },
  toApi(filters: ReceivableFilters): ReceivableQuery {
    return {
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.overdue ? { overdue: true } : {}),
      ...(filters.customerId ? { customerId: filters.customerId } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    };
  },
};
