import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { operations } from '../../api/schema';

/** The list's query as the API takes it (GET /api/customers and its export). */
export type CustomerListQuery = NonNullable<
  operations['CustomersController_list']['parameters']['query']
>;

/** The list's search and filters as the screen holds them (dates are business days). */
export interface CustomerFilters {
  q: string;
  category: string;
  stage: string;
  statusTag: string;
  level: string;
  ownerId: number | null;
  provinceCode: string;
  cityCode: string;
  source: string;
  /** `YYYY-MM-DD`, the first day */
  createdFrom: string;
  /** `YYYY-MM-DD`, the last day (inclusive) */
  createdTo: string;
  goldImo: '' | 'true' | 'false';
  deleted: boolean;
}

export interface ListPaging {
  page: number;
  pageSize: number;
  sort?: string;
}

export const PAGE_SIZES = [20, 50, 100];
const TEXT_FILTERS = [
  'q',
  'category',
  'stage',
  'statusTag',
  'level',
  'provinceCode',
  'cityCode',
  'source',
  'createdFrom',
  'createdTo',
] as const;

export function emptyFilters(): CustomerFilters {
  return {
    q: '',
    category: '',
    stage: '',
    statusTag: '',
    level: '',
    ownerId: null,
    provinceCode: '',
    cityCode: '',
    source: '',
    createdFrom: '',
    createdTo: '',
    goldImo: '',
    deleted: false,
  };
}

function text(value: LocationQuery[string]): string {
  return typeof value === 'string' ? value : '';
}

function positive(value: LocationQuery[string], fallback: number): number {
  const number = Number(text(value));
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The state the address keeps, so that a reload or "back" shows the same page. */
export function fromAddress(query: LocationQuery): {
  filters: CustomerFilters;
  paging: ListPaging;
} {
  const filters = emptyFilters();
  for (const key of TEXT_FILTERS) filters[key] = text(query[key]);
  const owner = positive(query.ownerId, 0);
  filters.ownerId = owner || null;
  const gold = text(query.goldImo);
  filters.goldImo = gold === 'true' || gold === 'false' ? gold : '';
  filters.deleted = text(query.deleted) === 'true';
  const pageSize = positive(query.pageSize, 20);
  return {
    filters,
    paging: {
      page: positive(query.page, 1),
      pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
      sort: /^-?[A-Za-z]+$/.test(text(query.sort)) ? text(query.sort) : undefined,
    },
  };
}

export function toAddress(filters: CustomerFilters, paging: ListPaging): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of TEXT_FILTERS) {
    // a cleared picker gives null
    const value = (filters[key] ?? '').trim();
    if (value) query[key] = value;
  }
  if (filters.ownerId) query.ownerId = String(filters.ownerId);
  if (filters.goldImo) query.goldImo = filters.goldImo;
  if (filters.deleted) query.deleted = 'true';
  if (paging.page > 1) query.page = String(paging.page);
  if (paging.pageSize !== 20) query.pageSize = String(paging.pageSize);
  if (paging.sort) query.sort = paging.sort;
  return query;
}

/** Whether two states select the same customers (the page aside). */
export function sameFilters(a: CustomerFilters, b: CustomerFilters): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The start of a business day (Asia/Shanghai, no daylight saving) as the API's ISO time. */
function dayStart(day: string): string {
  return `${day}T00:00:00+08:00`;
}

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The filters as the API names them (the list, the export). */
export function toApiQuery(filters: CustomerFilters): CustomerListQuery {
  const query: CustomerListQuery = {};
  const q = (filters.q ?? '').trim();
  if (q) query.q = q;
  if (filters.category) query.category = filters.category;
  if (filters.stage) query.stage = filters.stage;
  if (filters.statusTag) query.statusTag = filters.statusTag;
  if (filters.level) query.level = filters.level;
  if (filters.ownerId) query.ownerId = filters.ownerId;
  if (filters.provinceCode) query.provinceCode = filters.provinceCode;
  if (filters.cityCode) query.cityCode = filters.cityCode;
  if (filters.source) query.source = filters.source;
  if (filters.createdFrom) query.createdFrom = dayStart(filters.createdFrom);
  // the API's end is exclusive: the day after the last day chosen
  if (filters.createdTo) query.createdTo = dayStart(nextDay(filters.createdTo));
  if (filters.goldImo) query.goldImo = filters.goldImo === 'true';
  if (filters.deleted) query.deleted = true;
  return query;
}

/** The same filters as a URL query string (the export's download). */
export function toSearchParams(query: CustomerListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) params.set(key, String(value));
  return params;
}
