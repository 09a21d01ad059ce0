import { ageOn } from '../../common/business-date';
import { maskPhone } from '../../common/phone/mobile-number';
import type { CustomerCare } from './customer-care';
import type { Customer } from './entities/customer.entity';

export interface PersonRef {
  id: number;
  name: string;
}

/** A customer as the API shows it. Phones are always masked here; revealing is its own call. */
export function toCustomerView(customer: Customer, today: string) {
  return {
    id: customer.id,
    code: customer.code,
    name: customer.name,
    gender: customer.gender,
    birthday: customer.birthday,
    age: customer.birthday ? ageOn(customer.birthday, today) : null,
    mobile: maskPhone(customer.mobile),
    otherPhones: (customer.otherPhones ?? []).map((phone) => maskPhone(phone)),
    wechat: customer.wechat,
    email: customer.email,
    provinceCode: customer.provinceCode,
    cityCode: customer.cityCode,
    company: customer.company,
    industry: customer.industry,
    position: customer.position,
    companySize: customer.companySize,
    education: customer.education,
    jobSituation: customer.jobSituation,
    category: customer.category,
    stage: customer.stage,
    level: customer.level,
    source: customer.source,
    statusTag: customer.statusTag,
    owner: customer.owner ? { id: customer.owner.id, name: customer.owner.displayName } : null,
    introducer: customer.introducer ? { id: customer.introducer.id, code: customer.introducer.code, name: customer.introducer.name } : null,
    care: customer.care ?? ({ anniversaries: [], excludedHolidays: [], smsOptOut: false, familyNotes: null } satisfies CustomerCare),
    notes: customer.notes,
    deleted: customer.deletedAt !== null,
    erased: customer.erasedAt !== null,
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
    version: customer.version,
  };
}

export type CustomerView = ReturnType<typeof toCustomerView>;

/** One row of a list or search: what a coordinator needs to pick the right person. */
export function toCustomerListItem(customer: Customer, today: string) {
  return {
    id: customer.id,
    code: customer.code,
    name: customer.name,
    gender: customer.gender,
    age: customer.birthday ? ageOn(customer.birthday, today) : null,
    mobile: maskPhone(customer.mobile),
    category: customer.category,
    stage: customer.stage,
    level: customer.level,
    statusTag: customer.statusTag,
    cityCode: customer.cityCode,
    owner: customer.owner ? { id: customer.owner.id, name: customer.owner.displayName } : null,
    createdAt: customer.createdAt,
  };
}

export type CustomerListItem = ReturnType<typeof toCustomerListItem>;
