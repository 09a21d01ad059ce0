import type { components } from '../../api/schema';

type CustomerView = components['schemas']['CustomerView'];
type CreateCustomerDto = components['schemas']['CreateCustomerDto'];

/** The customer form's fields as the inputs hold them ('' for none). */
export interface CustomerForm {
  name: string;
  gender: string;
  birthday: string;
  /** typed in full; on an edit, '' keeps the number as it is (the form never sees it) */
  mobile: string;
  otherPhones: string;
  wechat: string;
  email: string;
  provinceCode: string;
  cityCode: string;
  company: string;
  industry: string;
  position: string;
  companySize: string;
  education: string;
  jobSituation: string;
  category: string;
  stage: string;
  level: string;
  source: string;
  statusTag: string;
  ownerId: number | null;
  introducerId: number | null;
  notes: string;
  smsOptOut: boolean;
  familyNotes: string;
}

export function emptyForm(): CustomerForm {
  return {
    name: '',
    gender: '',
    birthday: '',
    mobile: '',
    otherPhones: '',
    wechat: '',
    email: '',
    provinceCode: '',
    cityCode: '',
    company: '',
    industry: '',
    position: '',
    companySize: '',
    education: '',
    jobSituation: '',
    category: 'prospect',
    stage: 'none',
    level: '',
    source: '',
    statusTag: '',
    ownerId: null,
    introducerId: null,
    notes: '',
    smsOptOut: false,
    familyNotes: '',
  };
}

/** A loaded customer in the form (phones stay masked on the server's side: left empty). */
export function formOf(customer: CustomerView): CustomerForm {
  return {
    name: customer.name,
    gender: customer.gender,
    birthday: customer.birthday ?? '',
    mobile: '',
    otherPhones: '',
    wechat: customer.wechat ?? '',
    email: customer.email ?? '',
    provinceCode: customer.provinceCode ?? '',
    cityCode: customer.cityCode ?? '',
    company: customer.company ?? '',
    industry: customer.industry ?? '',
    position: customer.position ?? '',
    companySize: customer.companySize ?? '',
    education: customer.education ?? '',
    jobSituation: customer.jobSituation ?? '',
    category: customer.category,
    stage: customer.stage,
    level: customer.level ?? '',
    source: customer.source ?? '',
    statusTag: customer.statusTag ?? '',
    ownerId: customer.owner?.id ?? null,
    introducerId: customer.introducer?.id ?? null,
    notes: customer.notes ?? '',
    smsOptOut: customer.care.smsOptOut,
    familyNotes: customer.care.familyNotes ?? '',
  };
}

/** A mobile as the server will store it: spaces, dashes and +86 taken away. */
export function normalizedMobile(text: string): string {
  return text.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

export const MOBILE = /^1[3-9]\d{9}$/;

const orNull = (text: string) => text.trim() || null;

/**
 * The form as the API takes it. `care` keeps what the form does not edit (anniversaries,
 * holidays not greeted): the server replaces a customer's care data as a whole.
 */
export function bodyOf(
  form: CustomerForm,
  keptCare?: CustomerView['care'],
): Omit<CreateCustomerDto, 'mobile'> & { mobile?: string } {
  const body: Omit<CreateCustomerDto, 'mobile'> & { mobile?: string } = {
    name: form.name.trim(),
    birthday: form.birthday || null,
    otherPhones: form.otherPhones
      .split(/[,，、\s]+/)
      .map((phone) => phone.trim())
      .filter(Boolean),
    wechat: orNull(form.wechat),
    email: orNull(form.email),
    provinceCode: form.provinceCode || null,
    cityCode: form.cityCode || null,
    company: orNull(form.company),
    industry: form.industry || null,
    position: form.position || null,
    companySize: form.companySize || null,
    education: form.education || null,
    jobSituation: orNull(form.jobSituation),
    level: form.level || null,
    source: form.source || null,
    statusTag: form.statusTag || null,
    introducerId: form.introducerId,
    notes: orNull(form.notes),
    care: {
      anniversaries: keptCare?.anniversaries ?? [],
      excludedHolidays: keptCare?.excludedHolidays ?? [],
      smsOptOut: form.smsOptOut,
      familyNotes: form.familyNotes.trim(),
    },
  };
  if (form.mobile.trim()) body.mobile = form.mobile.trim();
  if (form.gender) body.gender = form.gender as CreateCustomerDto['gender'];
  if (form.category) body.category = form.category as CreateCustomerDto['category'];
  if (form.stage) body.stage = form.stage as CreateCustomerDto['stage'];
  if (form.ownerId) body.ownerId = form.ownerId;
  return body;
}

/** The fields of `next` that differ from `before` (an edit sends only what changed). */
export function changedFields<T extends object>(before: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) changes[key] = next[key];
  }
  return changes;
}
