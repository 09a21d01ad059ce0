import { Injectable } from '@nestjs/common';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { normalizeMobile, normalizeOtherPhone } from '../../common/phone/mobile-number';
import type { DictionaryType } from '../dictionary/dictionary-type';
import { DictionaryService } from '../dictionary/dictionary.service';
import { RegionService } from '../dictionary/region.service';
import type { CustomerCare } from './customer-care';
import type { CreateCustomerDto } from './dto/create-customer.dto';
import { DictionaryLookup } from '../dictionary/dictionary-lookup';

/** Customer fields as typed in a form or an import row; any may be missing on an update. */
type CustomerFields = Partial<CreateCustomerDto>;
import type { Customer } from './entities/customer.entity';
import { msg, type Msg } from '../../common/i18n/msg';

/** Which dictionary each coded field takes its values from. */
const CODED_FIELDS: [keyof CustomerFields & keyof Customer, DictionaryType][] = [
  ['industry', 'industry'],
  ['position', 'position'],
  ['companySize', 'company_size'],
  ['education', 'education'],
  ['source', 'source'],
  ['statusTag', 'customer_status'],
  ['level', 'customer_level'],
];

export type CustomerChanges = Partial<
  Pick<
    Customer,
    | 'name'
    | 'gender'
    | 'birthday'
    | 'mobile'
    | 'otherPhones'
    | 'wechat'
    | 'email'
    | 'provinceCode'
    | 'cityCode'
    | 'company'
    | 'industry'
    | 'position'
    | 'companySize'
    | 'education'
    | 'jobSituation'
    | 'category'
    | 'stage'
    | 'level'
    | 'source'
    | 'statusTag'
    | 'care'
    | 'notes'
  >
>;

/**
 * Turns what a person typed (a form, an import row) into customer fields: phones normalised,
 * codes checked against the dictionary and China's divisions. Returns every problem found,
 * by field, instead of stopping at the first.
 */
@Injectable()
export class CustomerInput {
  constructor(
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
    private readonly calendar: BusinessCalendar,
  ) {}

  lookup(): DictionaryLookup {
    return new DictionaryLookup(this.dictionary);
  }

  async normalize(
    dto: CustomerFields,
    lookup: DictionaryLookup,
    current?: Pick<Customer, 'provinceCode' | 'cityCode'>,
  ): Promise<{ changes: CustomerChanges; problems: ErrorDetail[] }> {
    const problems: ErrorDetail[] = [];
    const problem = (field: string, message: Msg) => problems.push({ field, messages: [message] });
    const changes: CustomerChanges = {};
    const copy = <K extends keyof CustomerChanges>(
      key: K,
      value: CustomerChanges[K] | undefined,
    ) => {
      if (value !== undefined) changes[key] = value;
    };

    copy('name', dto.name);
    copy('gender', dto.gender);
    copy('wechat', dto.wechat === '' ? null : dto.wechat);
    copy('email', dto.email === '' ? null : dto.email);
    copy('company', dto.company === '' ? null : dto.company);
    copy('jobSituation', dto.jobSituation === '' ? null : dto.jobSituation);
    copy('category', dto.category);
    copy('stage', dto.stage);
    copy('notes', dto.notes === '' ? null : dto.notes);

    if (dto.birthday !== undefined) {
      const today = this.calendar.today().date;
      if (dto.birthday !== null && (dto.birthday > today || dto.birthday < '1900-01-01')) {
        problem('birthday', msg('customers.input.birthday'));
      } else changes.birthday = dto.birthday;
    }
    if (dto.mobile !== undefined) {
      const mobile = normalizeMobile(dto.mobile);
      if (mobile) changes.mobile = mobile;
      else problem('mobile', msg('customers.input.mobile'));
    }
    if (dto.otherPhones !== undefined) {
      const phones = dto.otherPhones.map((phone) => normalizeOtherPhone(phone));
      if (phones.some((phone) => phone === null))
        problem('otherPhones', msg('customers.input.otherPhones'));
      else changes.otherPhones = [...new Set(phones as string[])];
    }
    for (const [field, type] of CODED_FIELDS) {
      const code = dto[field] as string | null | undefined;
      if (code === undefined) continue;
      if (code !== null && !(await lookup.has(type, code))) {
        problem(field, msg('customers.input.unknownCode', { type, code }));
      } else (changes as Record<string, unknown>)[field] = code;
    }
    this.checkRegion(dto, current, changes, problem);
    if (dto.care !== undefined) {
      const excluded = dto.care.excludedHolidays ?? [];
      for (const code of excluded) {
        if (!(await lookup.has('holiday', code)))
          problem('care.excludedHolidays', msg('customers.input.unknownHoliday', { code }));
      }
      const care: CustomerCare = {
        anniversaries: dto.care.anniversaries ?? [],
        excludedHolidays: [...new Set(excluded)],
        smsOptOut: dto.care.smsOptOut ?? false,
        familyNotes: dto.care.familyNotes || null,
      };
      changes.care = care;
    }
    return { changes, problems };
  }

  private checkRegion(
    dto: CustomerFields,
    current: Pick<Customer, 'provinceCode' | 'cityCode'> | undefined,
    changes: CustomerChanges,
    problem: (field: string, message: Msg) => void,
  ): void {
    if (dto.provinceCode === undefined && dto.cityCode === undefined) return;
    const province =
      dto.provinceCode !== undefined ? dto.provinceCode : (current?.provinceCode ?? null);
    // A new province without a city clears the old city, which belonged to the old province.
    const city =
      dto.cityCode !== undefined
        ? dto.cityCode
        : dto.provinceCode !== undefined
          ? null
          : (current?.cityCode ?? null);
    if (province !== null && !this.regions.isValidProvince(province)) {
      problem('provinceCode', msg('customers.input.unknownProvince', { code: province }));
      return;
    }
    if (city !== null && (province === null || !this.regions.isValidCity(province, city))) {
      problem(
        'cityCode',
        msg('customers.input.cityNotInProvince', {
          city,
          province: province ?? msg('customers.input.noProvince'),
        }),
      );
      return;
    }
    changes.provinceCode = province;
    changes.cityCode = city;
  }
}
