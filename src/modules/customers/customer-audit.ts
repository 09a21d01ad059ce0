import type { Customer } from './entities/customer.entity';

/** Fields that identify a person. Their values never enter the audit log, only their names. */
export const PERSONAL_FIELDS = [
  'name',
  'birthday',
  'mobile',
  'otherPhones',
  'wechat',
  'email',
  'company',
  'jobSituation',
  'care',
  'notes',
] as const;

/**
 * What the audit log keeps of a customer: the business state, not the person. So an erasure
 * leaves nothing personal behind in an append-only log.
 */
export function customerSnapshot(customer: Customer): Record<string, unknown> {
  return {
    code: customer.code,
    gender: customer.gender,
    category: customer.category,
    stage: customer.stage,
    level: customer.level,
    statusTag: customer.statusTag,
    source: customer.source,
    industry: customer.industry,
    position: customer.position,
    companySize: customer.companySize,
    education: customer.education,
    provinceCode: customer.provinceCode,
    cityCode: customer.cityCode,
    ownerId: customer.ownerId,
    introducerId: customer.introducerId,
    deleted: customer.deletedAt !== null,
  };
}

/** The personal fields an update touched, named but not shown. */
export function changedPersonalFields(before: Customer, after: Customer): string[] {
  return PERSONAL_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
