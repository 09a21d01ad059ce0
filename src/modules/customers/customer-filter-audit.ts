import type { CustomerQueryDto } from './dto/customer-query.dto';

/**
 * A list's or export's filters for the audit log. The search text itself may be a name or a
 * phone number, so only its kind and length are kept: the log must not outlive an erasure.
 */
export function describeCustomerFilter(filter: CustomerQueryDto): Record<string, unknown> {
  const { page: _page, pageSize: _size, q, ...rest } = filter;
  const described: Record<string, unknown> = { ...rest };
  if (q) {
    const kind = /^\d+$/.test(q)
      ? 'phone'
      : /^c\d+$/i.test(q)
        ? 'code'
        : /^[a-z\s]+$/i.test(q)
          ? 'pinyin'
          : 'name';
    described.q = { kind, length: q.length };
  }
  return described;
}
