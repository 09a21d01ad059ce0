/** The customer list's filters that ad-hoc counts of customers take (`GET /api/customers`). */
export const CUSTOMER_COUNT_FILTERS = [
  'q',
  'category',
  'stage',
  'statusTag',
  'level',
  'ownerId',
  'provinceCode',
  'cityCode',
  'source',
  'introducerId',
] as const;
