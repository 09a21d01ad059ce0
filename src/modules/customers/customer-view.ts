import { ageOn } from '../../common/calendar/age-on';
import { maskPhone } from '../../common/phone/mobile-number';
import type { CustomerCare } from './customer-care';
import type { CustomerCategory, CustomerStage, Gender } from './customer-category';
import type { Customer } from './entities/customer.entity';
import { GoldImoMarkView } from './gold-imo-mark.view';

/** A colleague a customer belongs to. */
export class OwnerRefView {
  id: number;
  name: string;
}

/** The customer who introduced this one. */
export class IntroducerRefView {
  id: number;
  code: string;
  name: string;
}

export class AnniversaryView {
  name: string;
  /** `MM-DD` */
  date: string;
}

/** What customer care needs to know of a person (§4.2.6). */
export class CustomerCareView implements CustomerCare {
  anniversaries: AnniversaryView[];
  /** holiday codes of the dictionary this person gets no greeting for */
  excludedHolidays: string[];
  /** no care messages at all */
  smsOptOut: boolean;
  familyNotes: string | null;
}

/** A customer as the API shows it. Phones are always masked here; revealing is its own call. */
export class CustomerView {
  id: number;
  code: string;
  name: string;
  gender: Gender;
  /** `YYYY-MM-DD` */
  birthday: string | null;
  age: number | null;
  /** masked, e.g. `138****5678` */
  mobile: string;
  otherPhones: string[];
  wechat: string | null;
  email: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  company: string | null;
  industry: string | null;
  position: string | null;
  companySize: string | null;
  education: string | null;
  jobSituation: string | null;
  category: CustomerCategory;
  stage: CustomerStage;
  level: string | null;
  source: string | null;
  statusTag: string | null;
  owner: OwnerRefView | null;
  introducer: IntroducerRefView | null;
  care: CustomerCareView;
  notes: string | null;
  /** 金牌 IMO: when a manager marked them, and who; null when not marked */
  goldImo: GoldImoMarkView | null;
  deleted: boolean;
  erased: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** One row of a list or search: what a coordinator needs to pick the right person. */
export class CustomerListItem {
  id: number;
  code: string;
  name: string;
  gender: Gender;
  age: number | null;
  /** masked */
  mobile: string;
  category: CustomerCategory;
  stage: CustomerStage;
  level: string | null;
  statusTag: string | null;
  cityCode: string | null;
  /** marked 金牌 IMO by a manager */
  goldImo: boolean;
  owner: OwnerRefView | null;
  createdAt: Date;
}

export function toCustomerView(customer: Customer, today: string): CustomerView {
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
    introducer: customer.introducer
      ? {
          id: customer.introducer.id,
          code: customer.introducer.code,
          name: customer.introducer.name,
        }
      : null,
    care:
      customer.care ??
      ({
        anniversaries: [],
        excludedHolidays: [],
        smsOptOut: false,
        familyNotes: null,
      } satisfies CustomerCare),
    notes: customer.notes,
    goldImo: customer.goldImoAt
      ? { markedAt: customer.goldImoAt, markedById: customer.goldImoById }
      : null,
    deleted: customer.deletedAt !== null,
    erased: customer.erasedAt !== null,
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
    version: customer.version,
  };
}

export function toCustomerListItem(customer: Customer, today: string): CustomerListItem {
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
    goldImo: !!customer.goldImoAt,
    owner: customer.owner ? { id: customer.owner.id, name: customer.owner.displayName } : null,
    createdAt: customer.createdAt,
  };
}
